// The recipient's "Saya telah membaca dan memahami".
import { z } from "../utils/zod";

export const acknowledgeReadingSchema = z.object({ acknowledgmentId: z.string().trim().min(1, "Data tidak dikenal.") });
export type AcknowledgeReadingValues = z.output<typeof acknowledgeReadingSchema>;

export const readListQuerySchema = z.object({
  status: z.enum(["belum", "sudah"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
