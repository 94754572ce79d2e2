// Forms and queries of the SOP catalogue.
import { z } from "../utils/zod";
import { sopContentSchema } from "./content";
import { SOP_IMPORT_MAX_JSON_CHARS, SOP_IMPORT_MAX_SOPS, SOP_SORTS } from "./constants";

export const sopListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  agencyId: z.string().trim().max(50).optional().catch(undefined),
  unitId: z.string().trim().max(50).optional().catch(undefined),
  sort: z.enum(SOP_SORTS).optional().catch(undefined),
  /** Due for review: the linked document's next review date has come (ControlledDocument.nextReviewAt). */
  reviewDue: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type SopListQuery = z.output<typeof sopListQuerySchema>;

/** Editing an SOP: the whole content, the version it was loaded at, and why it changes. */
export const sopReviseSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  reason: z.string().trim().min(5, "Tuliskan alasan perubahan (minimal 5 karakter).").max(1000),
  content: sopContentSchema,
  /** The pending revision (DRAF or DIKEMBALIKAN) the form edits, with the version it was loaded at. */
  pendingRevisionId: z.string().min(1).optional(),
  pendingVersion: z.number().int().positive().optional(),
});
export type SopReviseInput = z.input<typeof sopReviseSchema>;
export type SopReviseValues = z.output<typeof sopReviseSchema>;

/** The text field of the upload preview form (one file travels beside it per request). */
export const sopPreviewSchema = z.object({
  /** The unit an SOP goes to when its organisation lines match no unit the user manages. */
  unitId: z.string().trim().min(1, "Pilih unit bawaan untuk SOP yang unitnya tidak dikenali."),
});

const WARNING_MAX_CHARS = 1000;

const warningSchema = z.object({
  line: z.number().int().min(0).max(10_000_000),
  page: z.number().int().min(1).max(100_000).optional(),
  /** The parser clips its notes; a longer one is clipped here too rather than refusing the import. */
  message: z
    .string()
    .max(20_000)
    .transform((m) => (m.length > WARNING_MAX_CHARS ? `${m.slice(0, WARNING_MAX_CHARS - 1)}…` : m)),
});

/** One SOP of an upload as the user corrected it in the preview, with the unit chosen for it. */
export const sopImportItemSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  unitId: z.string().trim().min(1, "Pilih unit pemilik SOP."),
  content: sopContentSchema,
  /** The parser's notes, kept with the revision. */
  warnings: z.array(warningSchema).max(500).default([]),
  /** What the preview showed for this SOP; the import refuses as stale when it no longer holds. */
  expected: z
    .object({
      action: z.enum(["create", "revise", "unchanged", "skip"]),
      existingId: z.string().max(50).optional(),
      currentRevisionNo: z.number().int().min(1).optional(),
    })
    .optional(),
});

const sopImportObjectSchema = z.object({
  sops: z
    .array(sopImportItemSchema)
    .min(1, "Pilih minimal satu SOP untuk diimpor.")
    .max(SOP_IMPORT_MAX_SOPS, `Paling banyak ${SOP_IMPORT_MAX_SOPS} SOP sekali impor.`),
});

/** The serialized size of a value, or Infinity when it cannot be serialized (a cycle). */
function jsonSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

/**
 * Planning (preview) and confirming an upload: the SOPs the user kept, corrected. The client sends
 * it, so the whole payload is bounded before any of it is checked.
 */
export const sopImportSchema = z
  .custom<unknown>((value) => jsonSize(value) <= SOP_IMPORT_MAX_JSON_CHARS, {
    message: `Data impor terlalu besar (maksimal ${SOP_IMPORT_MAX_JSON_CHARS / 1024 / 1024} MB); impor dalam beberapa kelompok.`,
  })
  .pipe(sopImportObjectSchema);
export type SopImportInput = z.input<typeof sopImportObjectSchema>;
export type SopImportValues = z.output<typeof sopImportObjectSchema>;

/** Assigning one Pelaksana to several steps at once (a new revision, like every edit). */
export const sopAssignActorsSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  /** 0-based indexes of the steps in the current revision. */
  stepIndexes: z.array(z.number().int().min(0).max(9999)).min(1, "Pilih minimal satu langkah.").max(1000),
  actor: z.string().trim().min(1, "Pilih pelaksana.").max(300),
});
export type SopAssignActorsInput = z.input<typeof sopAssignActorsSchema>;
export type SopAssignActorsValues = z.output<typeof sopAssignActorsSchema>;
