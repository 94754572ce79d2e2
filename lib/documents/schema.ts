// The forms of the register: a document's identity, a revision (form perubahan dokumen), the
// agency's settings, and the list's query. One schema per form, for the client and the action.
import { z } from "../utils/zod";
import { DOCUMENT_ACCESSES, DOCUMENT_STATUSES, DOCUMENT_TYPES, FINAL_DISPOSITIONS } from "./constants";
import { patternProblem } from "./code-pattern";

const blankToNull = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === "" ? null : v.trim());
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const years = (label: string) => z.coerce.number(`Isi ${label} dengan angka.`).int("Isi bilangan bulat.").min(0, "Tidak boleh negatif.").max(100, "Maksimal 100 tahun.");

export const documentFormSchema = z.object({
  unitId: z.string().trim().min(1, "Pilih unit pemilik dokumen."),
  type: z.enum(DOCUMENT_TYPES, "Pilih jenis dokumen."),
  /** Blank: generated from the agency's pattern. */
  code: z.string().max(60, "Maksimal 60 karakter.").nullable().optional().transform(blankToNull),
  title: z.string().trim().min(3, "Tuliskan judul dokumen.").max(200, "Maksimal 200 karakter."),
  description: z.string().max(2000, "Maksimal 2000 karakter.").nullable().optional().transform(blankToNull),
  access: z.enum(DOCUMENT_ACCESSES, "Pilih kelas akses."),
  retentionActiveYears: years("masa aktif"),
  retentionInactiveYears: years("masa inaktif"),
  finalDisposition: z.enum(FINAL_DISPOSITIONS, "Pilih nasib akhir."),
  reviewIntervalMonths: z.coerce.number("Isi dengan angka.").int("Isi bilangan bulat.").min(1, "Minimal 1 bulan.").max(120, "Maksimal 120 bulan."),
});
export type DocumentFormInput = z.input<typeof documentFormSchema>;
export type DocumentFormValues = z.output<typeof documentFormSchema>;

export const documentUpdateSchema = z.object({
  id: z.string().trim().min(1),
  version: z.number().int().positive(),
  values: documentFormSchema,
});

export const revisionFormSchema = z.object({
  documentId: z.string().trim().min(1, "Dokumen tidak dikenal."),
  /** The draft being edited; blank for a new revision. */
  revisionNo: z.union([z.number(), z.string()]).nullable().optional().transform((v) => (v === null || v === undefined || v === "" ? null : Number(v)))
    .refine((v) => v === null || (Number.isInteger(v) && v > 0), "Revisi tidak dikenal."),
  /** The version the user saw: of the draft when editing it, else of the document. */
  version: z.coerce.number("Versi data tidak dikenal; muat ulang halaman.").int().positive("Versi data tidak dikenal; muat ulang halaman."),
  changeReason: z.string().trim().min(5, "Tuliskan alasan perubahan.").max(2000, "Maksimal 2000 karakter."),
  changedParts: z.string().max(2000, "Maksimal 2000 karakter.").nullable().optional().transform(blankToNull),
  effectiveDate: z.string().nullable().optional().transform(blankToNull)
    .refine((v) => v === null || (isoDate.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), "Isi tanggal berlaku, mis. 2026-12-01."),
  text: z.string().max(50_000, "Maksimal 50.000 karakter.").nullable().optional().transform(blankToNull),
});
export type RevisionFormInput = z.input<typeof revisionFormSchema>;
export type RevisionFormValues = z.output<typeof revisionFormSchema>;

export const settingsFormSchema = z.object({
  agencyId: z.string().trim().min(1),
  /** 0 when no setting row exists yet. */
  version: z.number().int().min(0),
  codePatterns: z.partialRecord(z.enum(DOCUMENT_TYPES), z.string().max(60, "Maksimal 60 karakter.")).superRefine((patterns, ctx) => {
    for (const [type, pattern] of Object.entries(patterns) as [string, string | undefined][]) {
      if (pattern === undefined) continue;
      if (pattern.trim() === "") continue;
      const problem = patternProblem(pattern);
      if (problem) ctx.addIssue({ code: "custom", path: [type], message: problem });
    }
  }),
  delegateApproverId: z.string().nullable().optional().transform(blankToNull),
});
export type SettingsFormInput = z.input<typeof settingsFormSchema>;
export type SettingsFormValues = z.output<typeof settingsFormSchema>;

export const documentListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  agencyId: z.string().trim().max(50).optional().catch(undefined),
  unitId: z.string().trim().max(50).optional().catch(undefined),
  type: z.enum(DOCUMENT_TYPES).optional().catch(undefined),
  status: z.enum(DOCUMENT_STATUSES).optional().catch(undefined),
  access: z.enum(DOCUMENT_ACCESSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type DocumentListQuery = z.output<typeof documentListQuerySchema>;
