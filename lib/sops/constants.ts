export const SOPS_PAGE_SIZE = 25;

/**
 * The review interval of an SOP (PermenPAN-RB 35/2012 asks for periodic evaluation of SOP AP): its
 * PROSEDUR document's next review is the last revision + this (TYPE_DEFAULTS.PROSEDUR agrees); the
 * register's periodic review moves it on.
 */
export const SOP_REVIEW_MONTHS = 24;

export const SOP_SORTS = ["relevansi", "nama", "nomor", "unit", "langkah", "waktu", "terbaru"] as const;
export type SopSort = (typeof SOP_SORTS)[number];

export const SOP_SORT_LABELS: Record<SopSort, string> = {
  relevansi: "Paling relevan",
  nama: "Nama (A–Z)",
  nomor: "Nomor SOP",
  unit: "Unit",
  langkah: "Jumlah langkah terbanyak",
  waktu: "Waktu baku terlama",
  terbaru: "Terakhir diubah",
};

/** Largest file the upload import accepts. */
export const SOP_UPLOAD_MAX_BYTES = 2 * 1024 * 1024;
/**
 * Longest text an import reads (a text file, or the text of a .docx): the same limit as the file.
 */
export const SOP_TEXT_MAX_CHARS = SOP_UPLOAD_MAX_BYTES;
/** A .docx may inflate to at most this many bytes (all its parts together), and has this long to be read. */
export const SOP_DOCX_MAX_INFLATED_BYTES = 16 * 1024 * 1024;
export const SOP_DOCX_PARSE_TIMEOUT_MS = 10_000;
/** Time an uploaded document's text has to be parsed into SOPs. */
export const SOP_PARSE_TIMEOUT_MS = 20_000;
export const SOP_UPLOAD_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".docx", ".pdf"] as const;
/** Files one upload may hold (each is previewed on its own request), and SOPs one import may write. */
export const SOP_UPLOAD_MAX_FILES = 20;
export const SOP_IMPORT_MAX_SOPS = 200;
/** The serialized import (the SOPs as corrected in the preview) may be at most this long. */
export const SOP_IMPORT_MAX_JSON_CHARS = 8 * 1024 * 1024;
/** Largest PDF an upload accepts, its most pages, and the time it has to be read. */
export const SOP_PDF_MAX_BYTES = 20 * 1024 * 1024;
export const SOP_PDF_MAX_PAGES = 200;
export const SOP_PDF_TIMEOUT_MS = 60_000;
/** A PDF's compressed streams may inflate to at most this many bytes together (checked before it is read). */
export const SOP_PDF_MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** How sure the import is of a step's actor (SOP content, lib/sops/content.ts). */
export const ACTOR_CONFIDENCES = ["certain", "inferred", "unknown"] as const;
export const ACTOR_CONFIDENCE_LABELS: Record<(typeof ACTOR_CONFIDENCES)[number], string> = {
  certain: "pasti",
  inferred: "disimpulkan",
  unknown: "belum diketahui",
};

/** Total minutes of the steps with a known duration, and how many steps have none. */
export function totalMinutesOf(content: { steps: readonly { waktu_minutes: number | null }[] }): { total: number; unknownSteps: number } {
  let total = 0;
  let unknownSteps = 0;
  for (const step of content.steps) {
    if (step.waktu_minutes === null) unknownSteps++;
    else total += step.waktu_minutes;
  }
  return { total, unknownSteps };
}
