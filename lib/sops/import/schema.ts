/** Zod schemas of the parser output (ParsedSop) and of the CLI output (a subset, exact keys). */
import { z } from "zod";

export const warningSchema = z.strictObject({
  line: z.number().int().nonnegative(),
  message: z.string().min(1),
  page: z.number().int().positive().optional(),
});

export const sopStepSchema = z.strictObject({
  no: z.number().int().nullable(),
  activity: z.string(),
  actor: z.string().nullable(),
  actor_confidence: z.enum(["certain", "inferred", "unknown"]),
  kelengkapan: z.string().nullable(),
  waktu_raw: z.string().nullable(),
  waktu_minutes: z.number().nonnegative().nullable(),
  output: z.string().nullable(),
  keterangan: z.string().nullable(),
  decision: z.boolean().optional(),
});

/** The CLI prints warnings and steps with today's keys only (page folded into the message, no decision). */
const cliWarningSchema = warningSchema.omit({ page: true });
const cliStepSchema = sopStepSchema.omit({ decision: true });

const sopCore = {
  nomor: z.string().nullable(),
  nama: z.string().nullable(),
  unit_lines: z.array(z.string()),
  tanggal_pembuatan: z.string().nullable(),
  tanggal_revisi: z.string().nullable(),
  tanggal_efektif: z.string().nullable(),
  disahkan_oleh: z.string().nullable(),
  dasar_hukum: z.array(z.string()),
  kualifikasi: z.array(z.string()),
  keterkaitan: z.array(z.string()),
  peralatan: z.array(z.string()),
  peringatan: z.string().nullable(),
  pencatatan: z.string().nullable(),
  actors: z.array(z.string()),
  steps: z.array(sopStepSchema),
  total_minutes: z.number().nonnegative(),
  warnings: z.array(warningSchema),
};

export const parsedSopSchema = z.strictObject({
  ...sopCore,
  disahkan_oleh_nip: z.string().nullable(),
  source_line: z.number().int().positive(),
  source_page: z.number().int().positive().optional(),
});

export const parseResultSchema = z.strictObject({
  sops: z.array(parsedSopSchema),
  warnings: z.array(warningSchema),
});

/** One element of the JSON array printed by `scripts/sop-parse.ts`. */
export const cliSopSchema = z.strictObject({
  ...sopCore,
  steps: z.array(cliStepSchema),
  warnings: z.array(cliWarningSchema),
  file: z.string().optional(),
  source_line: z.number().int().positive().optional(),
});

export const cliOutputSchema = z.array(cliSopSchema);

export type CliSop = z.infer<typeof cliSopSchema>;
