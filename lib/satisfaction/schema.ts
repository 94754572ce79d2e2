// The SKM form (one survey of one unit and period, with its complaints) and the list's query,
// shared by the react-hook-form client and the server action.
import { parseDecimal } from "../utils/number";
import { z } from "../utils/zod";
import { ELEMENT_COUNT, ENTRY_MODES, IKM_CATEGORIES, MAX_YEAR, MIN_YEAR, PERIOD_TYPES, PERIODS_PER_YEAR } from "./constants";

const id = z.string().trim().min(1, "Data tidak dikenal.");
const blankToNull = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === "" ? null : v.trim());

/** A whole number typed in a field ("" = none). */
const optionalCount = z
  .union([z.string(), z.number()])
  .nullable()
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
    const n = typeof v === "number" ? v : Number(v.trim());
    if (!Number.isInteger(n) || n < 0 || n > 1_000_000) {
      ctx.addIssue({ code: "custom", message: "Isi dengan bilangan bulat 0 atau lebih." });
      return z.NEVER;
    }
    return n;
  });

const count = (message: string) => optionalCount.transform((v, ctx) => {
  if (v === null) {
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  }
  return v;
});

/** A number typed the Indonesian way ("3,25"); blank means none. */
const optionalDecimal = z
  .union([z.string(), z.number()])
  .nullable()
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
    const parsed = parseDecimal(v);
    if (parsed === null) {
      ctx.addIssue({ code: "custom", message: "Isi dengan angka, mis. 3,25." });
      return z.NEVER;
    }
    return parsed;
  });

export const elementEntrySchema = z.object({
  nrr: optionalDecimal,
  count1: optionalCount,
  count2: optionalCount,
  count3: optionalCount,
  count4: optionalCount,
});

export const surveyFormSchema = z
  .object({
    unitId: id.describe("unit"),
    year: z.coerce
      .number("Tahun harus berupa angka, misalnya 2026.")
      .int("Tahun harus berupa angka bulat.")
      .min(MIN_YEAR, `Tahun antara ${MIN_YEAR} dan ${MAX_YEAR}.`)
      .max(MAX_YEAR, `Tahun antara ${MIN_YEAR} dan ${MAX_YEAR}.`),
    periodType: z.enum(PERIOD_TYPES, "Pilih jenis periode."),
    periodNo: z.coerce.number("Pilih periode.").int("Pilih periode.").min(1, "Pilih periode.").max(4, "Pilih periode."),
    entryMode: z.enum(ENTRY_MODES, "Pilih cara pengisian."),
    respondents: count("Isi jumlah responden.").refine((v) => v >= 1, "Jumlah responden paling sedikit 1."),
    elements: z.array(elementEntrySchema).length(ELEMENT_COUNT, `Isi kesembilan unsur.`),
    complaintsReceived: count("Isi jumlah pengaduan yang diterima (0 bila tidak ada)."),
    complaintsResolved: count("Isi jumlah pengaduan yang selesai ditangani (0 bila tidak ada)."),
    note: z.string().max(2000, "Maksimal 2000 karakter.").nullable().optional().transform(blankToNull),
  })
  .superRefine((v, ctx) => {
    if (v.periodNo > PERIODS_PER_YEAR[v.periodType]) {
      ctx.addIssue({ code: "custom", path: ["periodNo"], message: "Periode ini tidak ada pada jenis periode yang dipilih." });
    }
    if (v.complaintsResolved > v.complaintsReceived) {
      ctx.addIssue({ code: "custom", path: ["complaintsResolved"], message: "Tidak boleh melebihi jumlah pengaduan yang diterima." });
    }
    v.elements.forEach((e, i) => {
      if (v.entryMode === "NRR") {
        if (e.nrr === null) ctx.addIssue({ code: "custom", path: ["elements", i, "nrr"], message: "Isi NRR unsur ini (1–4)." });
        else if (e.nrr < 1 || e.nrr > 4) ctx.addIssue({ code: "custom", path: ["elements", i, "nrr"], message: "NRR antara 1 dan 4." });
        return;
      }
      const counts = [e.count1, e.count2, e.count3, e.count4];
      counts.forEach((c, k) => {
        if (c === null) ctx.addIssue({ code: "custom", path: ["elements", i, `count${k + 1}`], message: "Isi jumlahnya (0 bila tidak ada)." });
      });
      if (counts.some((c) => c === null)) return;
      const answered = counts.reduce<number>((s, c) => s + (c ?? 0), 0);
      if (answered === 0) ctx.addIssue({ code: "custom", path: ["elements", i, "count4"], message: "Unsur ini belum punya jawaban." });
      else if (answered > v.respondents) {
        ctx.addIssue({ code: "custom", path: ["elements", i, "count4"], message: `Jumlah jawaban (${answered}) melebihi jumlah responden.` });
      }
    });
  });
export type SurveyFormInput = z.input<typeof surveyFormSchema>;
export type SurveyFormValues = z.output<typeof surveyFormSchema>;

export const createSurveySchema = surveyFormSchema;
export const updateSurveySchema = z.object({ id, version: z.number().int().positive(), values: surveyFormSchema });
export type UpdateSurveyInput = z.input<typeof updateSurveySchema>;

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(new Date(`${v}T00:00:00.000Z`).getTime()));

/** The list's query string: bad values are dropped, never an error page. */
export const surveyListQuerySchema = z.object({
  agencyId: z.string().trim().max(50).optional().catch(undefined),
  unitId: z.string().trim().max(50).optional().catch(undefined),
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional().catch(undefined),
  category: z.enum(IKM_CATEGORIES).optional().catch(undefined),
  /** Surveys whose period ends within [from, to] (the management review's period). */
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type SurveyListQuery = z.output<typeof surveyListQuerySchema>;

/** The editor's shape: the fields under `values`, so create and update errors land alike. */
export const surveyEditorSchema = z.object({ values: surveyFormSchema });
