// The checklist's forms: one schema each, shared by the tablet page and the server actions.
import { z } from "../utils/zod";
import { CHECKLIST_ANSWERS, FINDING_ANSWERS } from "./checklist-constants";

const id = z.string().trim().min(1, "Data tidak dikenal.");
const version = z.number("Versi data tidak dikenal; muat ulang halaman.").int().positive();
const optionalText = (max: number) =>
  z
    .string()
    .max(max, `Maksimal ${max} karakter.`)
    .nullish()
    .transform((v) => (v == null || v.trim() === "" ? null : v.trim()));

export const answerSchema = z
  .object({
    id,
    version,
    answer: z.enum(CHECKLIST_ANSWERS, "Pilih jawaban: Sesuai, KTS Mayor, KTS Minor, Observasi atau Tidak berlaku."),
    evidenceNote: optionalText(4000),
    /** P of PLOR for a finding; the question stands in when left empty. */
    statement: optionalText(2000),
    samplePopulation: optionalText(300),
    sampleMethod: optionalText(200),
    sampleSize: z.number("Isi jumlah sampel dengan angka.").int("Isi jumlah sampel dengan bilangan bulat.").min(1, "Jumlah sampel paling kecil 1.").max(100_000).nullish().transform((v) => v ?? null),
    sampleItems: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if ((FINDING_ANSWERS as readonly string[]).includes(v.answer) && !v.evidenceNote) {
      ctx.addIssue({ code: "custom", path: ["evidenceNote"], message: "Tuliskan bukti objektif: jawaban ini menjadi temuan." });
    }
  });
export type AnswerInput = z.input<typeof answerSchema>;
export type AnswerValues = z.output<typeof answerSchema>;

export const generateSchema = z.object({ auditId: id });

const clauseCode = z.string().trim().regex(/^\d{1,2}(\.\d{1,2}){0,3}$/, "Pilih klausul ISO dari daftar.").nullish().transform((v) => v || null);
const question = z.string().trim().min(5, "Pertanyaan minimal 5 karakter.").max(2000, "Maksimal 2000 karakter.");

export const itemFormSchema = z.object({
  question,
  clauseCode,
  unitId: z.string().trim().min(1, "Pilih unit auditi."),
});
export type ItemFormInput = z.input<typeof itemFormSchema>;

export const addItemSchema = itemFormSchema.extend({ auditId: id });
export const updateItemSchema = itemFormSchema.extend({ id, version });
export const moveItemSchema = z.object({ id, version, direction: z.enum(["up", "down"]) });
export const removeEvidenceSchema = z.object({ id });
export const evidenceUploadSchema = z.object({ id });
