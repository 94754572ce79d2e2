// The periodic review (kaji ulang dokumen) form and the due list's query.
import { z } from "../utils/zod";
import { REVIEW_OUTCOMES } from "./constants";

export const documentReviewSchema = z.object({
  documentId: z.string().trim().min(1, "Data tidak dikenal."),
  version: z.number("Versi data tidak dikenal; muat ulang halaman.").int().positive(),
  outcome: z.enum(REVIEW_OUTCOMES, "Pilih hasil kaji ulang."),
  note: z.string("Tuliskan catatan kaji ulang.").trim().min(5, "Tuliskan catatan kaji ulang (minimal 5 karakter).").max(2000, "Maksimal 2000 karakter."),
});
export type DocumentReviewInput = z.input<typeof documentReviewSchema>;
export type DocumentReviewValues = z.output<typeof documentReviewSchema>;

export const reviewDueQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => (v ? v : undefined)),
  unitId: z.string().trim().min(1).optional().catch(undefined),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
