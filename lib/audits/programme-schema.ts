// Forms of the audit programme, shared by the react-hook-form client and the server actions.
import { z } from "../utils/zod";
import { MAX_ROUNDS, MIN_ROUNDS } from "./programme-constants";

const id = z.string().trim().min(1, "Data tidak dikenal.");
const version = z.number().int().positive();
const blankToNull = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === "" ? null : v.trim());

/** A clause code of ISO 9001:2015 with requirements: 4 … 10, or a sub-clause such as 7.5 or 9.2.2. */
export const CLAUSE_CODE = /^(4|5|6|7|8|9|10)(\.\d{1,2}){0,2}$/;

const month = z.coerce.number("Pilih bulan.").int("Pilih bulan.").min(1, "Pilih bulan.").max(12, "Pilih bulan.");
const year = z.coerce
  .number("Tahun harus berupa angka, misalnya 2026.")
  .int("Tahun harus berupa angka bulat, misalnya 2026.")
  .min(2000, "Tahun antara 2000 dan 2100.")
  .max(2100, "Tahun antara 2000 dan 2100.");

export const roundSchema = z
  .object({
    name: z.string().trim().min(1, "Beri nama putaran, mis. Audit Internal Semester I.").max(120, "Maksimal 120 karakter."),
    startMonth: month,
    endMonth: month,
    unitIds: z.array(z.string().min(1)).min(1, "Pilih paling sedikit satu unit yang diaudit.").max(100, "Paling banyak 100 unit."),
    sopIds: z.array(z.string().min(1)).max(200, "Paling banyak 200 SOP."),
    clauses: z
      .array(z.string().trim().regex(CLAUSE_CODE, "Klausul ISO 9001 antara 4 dan 10, mis. 7.5."))
      .min(1, "Pilih paling sedikit satu klausul ISO 9001.")
      .max(60, "Paling banyak 60 klausul."),
    focus: z.string().max(1000, "Maksimal 1000 karakter.").nullable().optional().transform(blankToNull),
  })
  .refine((r) => r.endMonth >= r.startMonth, { path: ["endMonth"], message: "Bulan selesai tidak boleh sebelum bulan mulai." });

export const programmeFormSchema = z.object({
  agencyId: id,
  year,
  objectives: z.string().trim().min(10, "Tuliskan tujuan program audit (minimal 10 karakter).").max(4000, "Maksimal 4000 karakter."),
  rounds: z
    .array(roundSchema)
    .min(MIN_ROUNDS, `Program audit memuat paling sedikit ${MIN_ROUNDS} putaran (audit internal dua kali setahun).`)
    .max(MAX_ROUNDS, `Paling banyak ${MAX_ROUNDS} putaran.`),
});
export type ProgrammeFormInput = z.input<typeof programmeFormSchema>;
export type ProgrammeFormValues = z.output<typeof programmeFormSchema>;
export type RoundValues = z.output<typeof roundSchema>;

export const programmeUpdateSchema = z.object({ id, version, values: programmeFormSchema });
export type ProgrammeUpdateInput = z.output<typeof programmeUpdateSchema>;

/** "Mulai dari program tahun lalu": a new draft for `year` from an earlier programme. */
export const programmeCopySchema = z.object({ sourceId: id, year });
export type ProgrammeCopyInput = z.input<typeof programmeCopySchema>;
export type ProgrammeCopyValues = z.output<typeof programmeCopySchema>;

export const programmeListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  agencyId: z.string().min(1).optional().catch(undefined),
});
