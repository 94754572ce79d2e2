// Forms of the distribution of controlled copies and the wajib-baca list.
import { z } from "../utils/zod";

const id = z.string().trim().min(1, "Data tidak dikenal.");
const requiredText = (min: number, max: number, message: string) => z.string(message).trim().min(min, message).max(max, `Maksimal ${max} karakter.`);

export const distributeSchema = z
  .object({
    documentId: id,
    unitIds: z.array(id).max(100, "Paling banyak 100 unit sekali distribusi."),
    userIds: z.array(id).max(200, "Paling banyak 200 orang sekali distribusi."),
  })
  .refine((v) => v.unitIds.length + v.userIds.length > 0, { path: ["unitIds"], message: "Pilih paling sedikit satu unit atau pegawai penerima." });
export type DistributeInput = z.input<typeof distributeSchema>;
export type DistributeValues = z.output<typeof distributeSchema>;

export const withdrawCopySchema = z.object({
  distributionId: id,
  note: requiredText(3, 500, "Tuliskan alasan penarikan salinan (minimal 3 karakter)."),
});
export type WithdrawCopyValues = z.output<typeof withdrawCopySchema>;

export const readReminderSchema = z.object({ documentId: id });
