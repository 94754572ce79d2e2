// Forms of the lending register: the request, the issue (kartu kendali, dates) and the list query.
import { z } from "../utils/zod";
import { ARCHIVE_LOAN_STATUSES } from "./loan-workflow";

const isoDate = (message: string) => z.string(message).trim().regex(/^\d{4}-\d{2}-\d{2}$/, message).refine((v) => !Number.isNaN(Date.parse(v)), message);
const id = z.string().trim().min(1).max(64);

export const loanRequestSchema = z.object({
  documentId: z.string().trim().max(64).optional().transform((v) => v || null),
  archiveTitle: z.string().trim().max(300).optional().transform((v) => v || null),
  purpose: z.string().trim().min(5, "Tulis keperluan peminjaman.").max(1000),
}).refine((v) => v.documentId || v.archiveTitle, { message: "Pilih dokumen atau tulis uraian arsip yang dipinjam.", path: ["archiveTitle"] });
export type LoanRequestInput = z.input<typeof loanRequestSchema>;
export type LoanRequestValues = z.output<typeof loanRequestSchema>;

export const loanIssueSchema = z.object({
  id,
  version: z.number().int().min(1),
  controlCardNo: z.string().trim().min(1, "Tulis nomor kartu kendali.").max(60),
  outDate: isoDate("Isi tanggal keluar."),
  dueDate: isoDate("Isi batas waktu pengembalian."),
}).refine((v) => v.dueDate >= v.outDate, { message: "Batas waktu tidak boleh sebelum tanggal keluar.", path: ["dueDate"] });
export type LoanIssueInput = z.input<typeof loanIssueSchema>;
export type LoanIssueValues = z.output<typeof loanIssueSchema>;

export const loanAcknowledgeSchema = z.object({ id, version: z.number().int().min(1) });
export type LoanAcknowledgeValues = z.output<typeof loanAcknowledgeSchema>;

const optional = z.string().trim().max(64).optional().transform((v) => v || undefined).catch(undefined);

export const loanListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().transform((v) => v || undefined).catch(undefined),
  status: z.enum(ARCHIVE_LOAN_STATUSES).optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  unitId: optional,
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type LoanListQuery = z.output<typeof loanListQuerySchema>;

export const LOANS_PAGE_SIZE = 25;
