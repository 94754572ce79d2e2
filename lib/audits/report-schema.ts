// The report's forms: the text the team writes, and an auditee unit's acknowledgment.
import { z } from "../utils/zod";

const text = (max: number) =>
  z
    .string()
    .max(max, `Maksimal ${max} karakter.`)
    .nullish()
    .transform((v) => (v == null || v.trim() === "" ? null : v.trim()));

export const reportTextSchema = z.object({
  auditId: z.string().trim().min(1, "Data tidak dikenal."),
  version: z.number().int().positive().nullable(),
  summary: text(8000),
  strengths: text(8000),
  conclusion: text(8000),
});
export type ReportTextInput = z.input<typeof reportTextSchema>;

export const acknowledgeSchema = z.object({
  reportId: z.string().trim().min(1, "Data tidak dikenal."),
  unitId: z.string().trim().min(1, "Pilih unit."),
  note: text(1000),
});
