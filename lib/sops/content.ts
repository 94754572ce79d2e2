// The stored content of one SOP revision, and the form that edits it: one schema for both, so an
// edit saves exactly what an import produces.
import type { ParsedSop } from "./import/types";
import { z } from "../utils/zod";
import { ACTOR_CONFIDENCES } from "./constants";

const text = (max: number) => z.string().trim().max(max, `Maksimal ${max} karakter.`);
const optional = (max: number) =>
  z
    .string()
    .max(max, `Maksimal ${max} karakter.`)
    .nullable()
    .transform((v) => (v === null || v.trim() === "" ? null : v.trim()));
const items = (max: number) =>
  z
    .array(text(2000))
    .max(max, `Paling banyak ${max} baris.`)
    .transform((list) => list.filter((item) => item.length > 0));

/**
 * Longest lists one SOP holds. The content also arrives from the client (the upload preview), so
 * every list is bounded before the checks that walk it run.
 */
export const SOP_CONTENT_LIMITS = { actors: 60, steps: 500, items: 200, unitLines: 20 } as const;

export { ACTOR_CONFIDENCES, ACTOR_CONFIDENCE_LABELS, totalMinutesOf } from "./constants";

export const sopStepContentSchema = z.object({
  no: z.number().int().min(0).max(9999).nullable(),
  activity: text(4000).min(1, "Uraian kegiatan wajib diisi."),
  actor: optional(300),
  actor_confidence: z.enum(ACTOR_CONFIDENCES),
  kelengkapan: optional(2000),
  waktu_raw: optional(200),
  waktu_minutes: z.number().int().min(0).max(10_000_000).nullable(),
  output: optional(2000),
  keterangan: optional(2000),
  /** The source drew the step as a diamond: a decision even when its text does not say so. */
  decision: z.boolean().optional(),
});

export const sopContentSchema = z
  .object({
    nomor: optional(200),
    nama: text(500).min(3, "Nama SOP minimal 3 karakter."),
    unit_lines: items(SOP_CONTENT_LIMITS.unitLines),
    tanggal_pembuatan: optional(100),
    tanggal_revisi: optional(100),
    tanggal_efektif: optional(100),
    disahkan_oleh: optional(300),
    disahkan_oleh_nip: optional(30),
    dasar_hukum: items(SOP_CONTENT_LIMITS.items),
    kualifikasi: items(SOP_CONTENT_LIMITS.items),
    keterkaitan: items(SOP_CONTENT_LIMITS.items),
    peralatan: items(SOP_CONTENT_LIMITS.items),
    peringatan: optional(8000),
    pencatatan: optional(8000),
    actors: z
      .array(text(300).min(1, "Nama pelaksana wajib diisi."))
      .max(SOP_CONTENT_LIMITS.actors, `Paling banyak ${SOP_CONTENT_LIMITS.actors} pelaksana.`),
    steps: z.array(sopStepContentSchema).max(SOP_CONTENT_LIMITS.steps, `Paling banyak ${SOP_CONTENT_LIMITS.steps} langkah.`),
  })
  .superRefine((content, ctx) => {
    const seen = new Set<string>();
    content.actors.forEach((actor, i) => {
      const name = actor.toLowerCase();
      if (seen.has(name)) ctx.addIssue({ code: "custom", path: ["actors", i], message: "Pelaksana ini sudah ada." });
      seen.add(name);
    });
    const actors = new Set(content.actors);
    content.steps.forEach((step, i) => {
      if (step.actor !== null && !actors.has(step.actor)) {
        ctx.addIssue({ code: "custom", path: ["steps", i, "actor"], message: "Pilih salah satu pelaksana SOP ini." });
      }
    });
  });

export type SopContent = z.output<typeof sopContentSchema>;
export type SopContentInput = z.input<typeof sopContentSchema>;
export type SopStepContent = SopContent["steps"][number];

/** What the parser produced, as stored content (warnings and source lines are kept elsewhere). */
export function contentFromParsed(sop: ParsedSop): SopContentInput {
  return {
    nomor: sop.nomor,
    nama: sop.nama ?? "",
    unit_lines: sop.unit_lines,
    tanggal_pembuatan: sop.tanggal_pembuatan,
    tanggal_revisi: sop.tanggal_revisi,
    tanggal_efektif: sop.tanggal_efektif,
    disahkan_oleh: sop.disahkan_oleh,
    disahkan_oleh_nip: sop.disahkan_oleh_nip,
    dasar_hukum: sop.dasar_hukum,
    kualifikasi: sop.kualifikasi,
    keterkaitan: sop.keterkaitan,
    peralatan: sop.peralatan,
    peringatan: sop.peringatan,
    pencatatan: sop.pencatatan,
    actors: [...new Set(sop.actors)],
    steps: sop.steps.map((s) => ({ ...s, activity: s.activity || "(tanpa uraian)", waktu_minutes: wholeMinutes(s.waktu_minutes) })),
  };
}

/** Stored times are whole minutes: "30 detik" (0.5) is kept as 1 minute, never as 0. */
function wholeMinutes(minutes: number | null): number | null {
  if (minutes === null) return null;
  return minutes > 0 ? Math.max(1, Math.ceil(minutes - 1e-9)) : 0;
}

/** The text full-text search looks in: name, number, steps and dasar hukum. */
export function searchTextOf(content: SopContent): string {
  return [
    content.nama,
    content.nomor ?? "",
    ...content.dasar_hukum,
    ...content.steps.map((s) => [s.activity, s.kelengkapan, s.output].filter(Boolean).join(" ")),
  ].join("\n");
}
