// Forms and queries of the SOP catalogue.
import { z } from "../utils/zod";
import { sopContentSchema } from "./content";
import { SOP_SORTS, SOP_TEXT_MAX_CHARS } from "./constants";

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

/** Confirming an upload: the file's text as previewed, and the unit chosen for it. */
/** The text fields of the upload preview form (the file travels beside them). */
export const sopPreviewSchema = z.object({ unitId: z.string().trim().min(1, "Pilih unit pemilik SOP.") });

export const sopImportSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  text: z.string().min(1, "Berkas kosong.").max(SOP_TEXT_MAX_CHARS, `Teks terlalu panjang (maksimal ${SOP_TEXT_MAX_CHARS / 1024 / 1024} MB).`),
  unitId: z.string().trim().min(1, "Pilih unit pemilik SOP."),
});
export type SopImportInput = z.input<typeof sopImportSchema>;

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
