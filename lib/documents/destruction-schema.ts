// Forms of the Berita Acara Pemusnahan: the proposal (its documents) and the execution record.
import { z } from "../utils/zod";
import { DESTRUCTION_METHODS, MIN_WITNESSES } from "./destruction-rules";

const isoDate = (message: string) => z.string(message).trim().regex(/^\d{4}-\d{2}-\d{2}$/, message).refine((v) => !Number.isNaN(Date.parse(v)), message);
const id = z.string().trim().min(1).max(64);

export const destructionProposalSchema = z.object({
  agencyId: id,
  documentIds: z.array(id).min(1, "Pilih paling sedikit satu dokumen yang diusulkan musnah.").max(200),
  note: z.string().trim().max(2000).optional().transform((v) => v || null),
});
export type DestructionProposalInput = z.input<typeof destructionProposalSchema>;
export type DestructionProposalValues = z.output<typeof destructionProposalSchema>;

export const destructionUpdateSchema = z.object({
  id,
  version: z.number().int().min(1),
  documentIds: z.array(id).min(1, "Pilih paling sedikit satu dokumen yang diusulkan musnah.").max(200),
  note: z.string().trim().max(2000).optional().transform((v) => v || null),
});
export type DestructionUpdateValues = z.output<typeof destructionUpdateSchema>;

export const witnessSchema = z.object({
  name: z.string().trim().min(3, "Tulis nama saksi.").max(120),
  nip: z.string().trim().regex(/^(\d{18})?$/, "NIP terdiri dari 18 angka (kosongkan bila saksi bukan ASN).").optional().transform((v) => v || null),
  position: z.string().trim().min(2, "Tulis jabatan saksi.").max(160),
});

export const destructionExecuteSchema = z.object({
  id,
  version: z.number().int().min(1),
  destroyedOn: isoDate("Isi tanggal pemusnahan."),
  method: z.enum(DESTRUCTION_METHODS, "Pilih cara pemusnahan."),
  place: z.string().trim().min(3, "Tulis tempat pemusnahan.").max(200),
  witnesses: z.array(witnessSchema).min(MIN_WITNESSES, `Berita acara disaksikan paling sedikit ${MIN_WITNESSES} orang.`).max(10),
});
export type DestructionExecuteInput = z.input<typeof destructionExecuteSchema>;
export type DestructionExecuteValues = z.output<typeof destructionExecuteSchema>;

export const handOverSchema = z.object({
  documentId: id,
  version: z.number().int().min(1),
  handedOverOn: isoDate("Isi tanggal penyerahan."),
  note: z.string().trim().max(1000).optional().transform((v) => v || null),
});
export type HandOverValues = z.output<typeof handOverSchema>;
