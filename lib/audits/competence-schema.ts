// The form of an auditor's training or certificate (ISO 9001:2015 7.2; ISO 19011:2018 7).
import { z } from "../utils/zod";
import { COMPETENCE_KINDS } from "./programme-constants";

const blankToNull = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === "" ? null : v.trim());
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const date = (message: string) => z.string().trim().regex(isoDate, message).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), message);

export const competenceFormSchema = z
  .object({
    userId: z.string().trim().min(1, "Auditor tidak dikenal."),
    kind: z.enum(COMPETENCE_KINDS, "Pilih jenis: pelatihan atau sertifikat."),
    title: z.string().trim().min(3, "Tuliskan nama pelatihan atau sertifikat.").max(200, "Maksimal 200 karakter."),
    provider: z.string().max(200, "Maksimal 200 karakter.").nullable().optional().transform(blankToNull),
    issuedOn: date("Isi tanggal pelatihan/terbit, mis. 2025-03-14."),
    validUntil: z
      .string()
      .nullable()
      .optional()
      .transform(blankToNull)
      .refine((v) => v === null || (isoDate.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), "Isi tanggal berlaku, mis. 2028-03-14."),
    internalAuditor: z.union([z.boolean(), z.enum(["true", "false", "on"])]).optional().transform((v) => v === true || v === "true" || v === "on"),
    note: z.string().max(1000, "Maksimal 1000 karakter.").nullable().optional().transform(blankToNull),
  })
  .refine((v) => v.validUntil === null || v.validUntil >= v.issuedOn, { path: ["validUntil"], message: "Tanggal berlaku tidak boleh sebelum tanggal terbit." });
export type CompetenceFormInput = z.input<typeof competenceFormSchema>;
export type CompetenceFormValues = z.output<typeof competenceFormSchema>;

export const competenceDeleteSchema = z.object({ id: z.string().trim().min(1), version: z.number().int().positive() });
