// Forms and URL queries of temuan, shared by the react-hook-form client and the server action.
import { isoDateParam } from "../utils/date-range";
import { z } from "../utils/zod";
import { AGE_BUCKETS, FINDING_CATEGORIES, FINDING_SOURCES, FINDING_STATUSES } from "./constants";

const blankToNull = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === "" ? null : v.trim());
const optionalText = (max: number) => z.string().max(max, `Maksimal ${max} karakter.`).nullable().optional().transform(blankToNull);
const optionalId = z.string().max(50).nullable().optional().transform(blankToNull);
const optionalInt = (message: string, min: number, max: number) =>
  z
    .union([z.string(), z.number()])
    .nullable()
    .optional()
    .transform((v, ctx) => {
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    });

/** The PLOR form: Problem, Location, Objective evidence, Reference (plus source, category, due date). */
export const findingFormSchema = z.object({
  source: z.enum(FINDING_SOURCES, "Pilih sumber temuan."),
  category: z.enum(FINDING_CATEGORIES, "Pilih kategori temuan."),
  unitId: z.string().trim().min(1, "Pilih unit auditi."),
  statement: z.string().trim().min(10, "Tuliskan pernyataan ketidaksesuaian (minimal 10 karakter).").max(2000, "Maksimal 2000 karakter."),
  location: optionalText(500),
  sopId: optionalId,
  sopStepNo: optionalInt("Isi nomor langkah SOP dengan angka 1-200.", 1, 200),
  evidence: z.string().trim().min(10, "Tuliskan bukti objektif (minimal 10 karakter).").max(4000, "Maksimal 4000 karakter."),
  clauseCode: optionalId,
  reference: optionalText(1000),
  dueDate: z
    .string()
    .nullable()
    .optional()
    .transform(blankToNull)
    .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), "Isi tanggal yang valid."),
  auditId: optionalId,
  objectiveId: optionalId,
  measurementPeriod: optionalInt("Periode tidak dikenal.", 1, 12),
});
export type FindingFormInput = z.input<typeof findingFormSchema>;
export type FindingFormValues = z.output<typeof findingFormSchema>;

export const FINDING_SORTS = ["newest", "oldest", "due"] as const;

export const findingListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  agencyId: z.string().trim().max(50).optional().catch(undefined),
  unitId: z.string().trim().max(50).optional().catch(undefined),
  auditId: z.string().trim().max(50).optional().catch(undefined),
  sopId: z.string().trim().max(50).optional().catch(undefined),
  clauseCode: z.string().trim().max(20).optional().catch(undefined),
  category: z.enum(FINDING_CATEGORIES).optional().catch(undefined),
  status: z.enum(FINDING_STATUSES).optional().catch(undefined),
  source: z.enum(FINDING_SOURCES).optional().catch(undefined),
  age: z.enum(AGE_BUCKETS).optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  /** Still being worked on (TERBUKA, DISANGGAH, DITERIMA). */
  open: z.enum(["1"]).optional().catch(undefined),
  /** Raised from / until (inclusive, YYYY-MM-DD). */
  from: isoDateParam,
  to: isoDateParam,
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type FindingListQuery = z.output<typeof findingListQuerySchema>;
