// Forms of sasaran mutu and kebijakan mutu, shared by the react-hook-form clients and the actions.
import { formatDecimal, parseDecimal } from "../utils/number";
import { z } from "../utils/zod";
import { DIRECTIONS, FREQUENCIES, OBJECTIVE_STATUSES, PERSPECTIVES, ACHIEVEMENTS } from "./constants";
import { valueBounds, valueOutOfBounds, type ValueBounds } from "./rules";

const id = z.string().trim().min(1, "Data tidak dikenal.");
const version = z.number().int().positive();
const blankToNull = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === "" ? null : v.trim());
const optionalText = (max: number) => z.string().max(max, `Maksimal ${max} karakter.`).nullable().optional().transform(blankToNull);
const requiredText = (min: number, max: number, message: string) =>
  z.string().trim().min(min, message).max(max, `Maksimal ${max} karakter.`);

/** A number typed the Indonesian way ("95,5"); blank means none. */
const optionalDecimal = z
  .union([z.string(), z.number()])
  .nullable()
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
    const parsed = parseDecimal(v);
    if (parsed === null) {
      ctx.addIssue({ code: "custom", message: "Isi dengan angka, mis. 95 atau 95,5." });
      return z.NEVER;
    }
    return parsed;
  });

const requiredDecimal = optionalDecimal.refine((v) => v !== null, "Wajib diisi dengan angka.");

export const objectiveFormSchema = z
  .object({
    unitId: id.describe("unit"),
    year: z.coerce
      .number("Tahun harus berupa angka, misalnya 2026.")
      .int("Tahun harus berupa angka bulat, misalnya 2026.")
      .min(2000, "Tahun antara 2000 dan 2100.")
      .max(2100, "Tahun antara 2000 dan 2100."),
    code: requiredText(1, 30, "Isi kode sasaran, mis. SM-01.").regex(/^[A-Za-z0-9./-]+$/, "Kode hanya huruf, angka, titik, garis miring dan tanda hubung."),
    statement: requiredText(10, 500, "Tuliskan pernyataan sasaran (minimal 10 karakter)."),
    perspective: z.enum(PERSPECTIVES, "Pilih perspektif."),
    indicator: requiredText(3, 300, "Tuliskan indikator yang diukur."),
    formula: optionalText(1000),
    measureUnit: requiredText(1, 40, "Isi satuan, mis. %, indeks, laporan."),
    direction: z.enum(DIRECTIONS, "Pilih arah target."),
    target: optionalDecimal,
    targetLow: optionalDecimal,
    targetHigh: optionalDecimal,
    baseline: optionalDecimal,
    /** The objective's own plausible bounds of a measured value (narrowing the unit's, see valueBounds). */
    valueMin: optionalDecimal,
    valueMax: optionalDecimal,
    frequency: z.enum(FREQUENCIES, "Pilih frekuensi pengukuran."),
    ownerId: id.describe("PIC"),
    dataSource: requiredText(3, 300, "Sebutkan sumber data."),
    processes: optionalText(500),
    sopIds: z.array(z.string().min(1)).max(50, "Paling banyak 50 SOP."),
    policyId: optionalText(50),
    commitmentNo: z.coerce.number("Pilih nomor komitmen.").int("Pilih nomor komitmen.").min(1, "Pilih nomor komitmen.").nullable().optional().transform((v) => v ?? null),
  })
  // Runs even when other fields are invalid, so the target errors show on the first submit too;
  // it therefore only trusts values that parsed as numbers.
  .superRefine(
    (v, ctx) => {
      // Runs on any input (see `when`), so it must not trust even the object's shape.
      if (typeof v !== "object" || v === null) return;
      const num = (x: unknown) => (typeof x === "number" ? x : null);
      if (v.direction === "RENTANG") {
        const [low, high] = [num(v.targetLow), num(v.targetHigh)];
        if (v.targetLow === null) ctx.addIssue({ code: "custom", path: ["targetLow"], message: "Isi batas bawah rentang." });
        if (v.targetHigh === null) ctx.addIssue({ code: "custom", path: ["targetHigh"], message: "Isi batas atas rentang." });
        if (low !== null && high !== null && low > high) {
          ctx.addIssue({ code: "custom", path: ["targetHigh"], message: "Batas atas harus lebih besar dari batas bawah." });
        }
      } else if (v.direction !== undefined && v.target === null) {
        ctx.addIssue({ code: "custom", path: ["target"], message: "Isi nilai target." });
      }
      const [min, max] = [num(v.valueMin), num(v.valueMax)];
      if (min !== null && max !== null && min > max) {
        ctx.addIssue({ code: "custom", path: ["valueMax"], message: "Nilai terbesar harus lebih besar dari nilai terkecil." });
      } else if (typeof v.measureUnit === "string") {
        // The target itself must be a value a measurement could take.
        const bounds = valueBounds(v.measureUnit, { valueMin: min, valueMax: max });
        for (const key of ["target", "targetLow", "targetHigh", "baseline"] as const) {
          const n = num(v[key]);
          if (key !== "baseline" && (v.direction === "RENTANG") === (key === "target")) continue;
          const problem = n === null ? null : valueOutOfBounds(n, bounds, v.measureUnit.trim(), formatDecimal);
          if (problem) ctx.addIssue({ code: "custom", path: [key], message: problem });
        }
      }
      if (typeof v.commitmentNo === "number" && !v.policyId) {
        ctx.addIssue({ code: "custom", path: ["commitmentNo"], message: "Pilih kebijakan mutu dahulu." });
      }
    },
    { when: () => true },
  );
export type ObjectiveFormInput = z.input<typeof objectiveFormSchema>;
export type ObjectiveFormValues = z.output<typeof objectiveFormSchema>;

export const objectiveUpdateSchema = z.object({ id, version, values: objectiveFormSchema });
export type ObjectiveUpdateInput = z.input<typeof objectiveUpdateSchema>;

/** Revising an approved objective: a new revision of its definition, with the reason. */
export const objectiveReviseSchema = z.object({
  id,
  /** The pending revision being edited; null starts one. */
  revisionId: z.string().trim().min(1).nullable().optional().transform((v) => v ?? null),
  version,
  reason: requiredText(5, 1000, "Tuliskan alasan revisi (minimal 5 karakter)."),
  values: objectiveFormSchema,
});
export type ObjectiveReviseInput = z.input<typeof objectiveReviseSchema>;

export const measurementSchema = z.object({
  objectiveId: id,
  period: z.coerce.number("Pilih periode.").int("Pilih periode.").min(1, "Pilih periode.").max(12, "Pilih periode."),
  /** Version of the existing measurement when correcting one; null for a new one. */
  version: z.number().int().positive().nullable(),
  value: requiredDecimal,
  note: optionalText(1000),
  analysis: optionalText(2000),
  evidenceUrl: z
    .string()
    .trim()
    .max(500)
    .nullable()
    .optional()
    .transform(blankToNull)
    .refine((v) => v === null || /^https?:\/\/\S+$/.test(v), "Tautan harus diawali http:// atau https://."),
});
export type MeasurementInput = z.input<typeof measurementSchema>;

/**
 * The measurement form's schema: the shared one plus the objective's plausible bounds, which only
 * the form (given them by the page) and the mutation (reading the objective) know.
 */
export function measurementFormSchema(bounds: ValueBounds, unit: string) {
  return measurementSchema.superRefine((v, ctx) => {
    const problem = typeof v.value === "number" ? valueOutOfBounds(v.value, bounds, unit, formatDecimal) : null;
    if (problem) ctx.addIssue({ code: "custom", path: ["value"], message: problem });
  });
}
export type MeasurementValues = z.output<typeof measurementSchema>;

export const policyFormSchema = z.object({
  agencyId: id,
  statement: requiredText(10, 4000, "Tuliskan pernyataan kebijakan mutu (minimal 10 karakter)."),
  commitments: z
    .array(z.string().trim().max(1000, "Maksimal 1000 karakter."))
    .transform((list) => list.filter((c) => c.length > 0))
    .refine((list) => list.length > 0, "Tuliskan paling sedikit satu komitmen."),
});
export type PolicyFormInput = z.input<typeof policyFormSchema>;

export const policyUpdateSchema = z.object({ id, version, values: policyFormSchema });
export const objectiveListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  agencyId: z.string().trim().max(50).optional().catch(undefined),
  unitId: z.string().trim().max(50).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  perspective: z.enum(PERSPECTIVES).optional().catch(undefined),
  status: z.enum(OBJECTIVE_STATUSES).optional().catch(undefined),
  achievement: z.enum(ACHIEVEMENTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type ObjectiveListQuery = z.output<typeof objectiveListQuerySchema>;
