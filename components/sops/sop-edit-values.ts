// The values of the SOP edit form and the helpers its parts share.
import type { FieldError } from "react-hook-form";
import type { SopContent } from "@/lib/sops/content";
import { parseDuration } from "@/lib/sops/import/duration";
import type { SopReviseInput } from "@/lib/sops/schema";

/** The form values of the SOP edit form (the schema's input). */
export type SopFormInput = SopReviseInput;
export type StepInput = SopFormInput["content"]["steps"][number];

export type TextName = "nomor" | "nama" | "tanggal_pembuatan" | "tanggal_revisi" | "tanggal_efektif" | "disahkan_oleh" | "disahkan_oleh_nip";
export type ListName = "unit_lines" | "dasar_hukum" | "kualifikasi" | "keterkaitan" | "peralatan";
export const UNKNOWN_ACTOR = "Belum diketahui";

const blank = (v: string | null | undefined) => v ?? "";

/** The stored content as form values: empty text as "" (the schema turns it back into null). */
export function formContent(content: SopContent): SopFormInput["content"] {
  return {
    ...content,
    nomor: blank(content.nomor),
    tanggal_pembuatan: blank(content.tanggal_pembuatan),
    tanggal_revisi: blank(content.tanggal_revisi),
    tanggal_efektif: blank(content.tanggal_efektif),
    disahkan_oleh: blank(content.disahkan_oleh),
    disahkan_oleh_nip: blank(content.disahkan_oleh_nip),
    peringatan: blank(content.peringatan),
    pencatatan: blank(content.pencatatan),
    unit_lines: [...content.unit_lines],
    dasar_hukum: [...content.dasar_hukum],
    kualifikasi: [...content.kualifikasi],
    keterkaitan: [...content.keterkaitan],
    peralatan: [...content.peralatan],
    actors: [...content.actors],
    steps: content.steps.map((s) => ({
      ...s,
      kelengkapan: blank(s.kelengkapan),
      waktu_raw: blank(s.waktu_raw),
      output: blank(s.output),
      keterangan: blank(s.keterangan),
    })),
  };
}

export const emptyStep = (): StepInput => ({
  no: null, activity: "", actor: null, actor_confidence: "unknown", kelengkapan: "", waktu_raw: "", waktu_minutes: null, output: "", keterangan: "",
});

/** Minutes of a Waktu as typed; a bare number has no unit here, so it stays unknown. */
export function minutesOf(raw: string): number | null {
  const { minutes } = parseDuration(raw, { minutesColumn: false });
  return minutes === null ? null : Math.round(minutes);
}

/** The first message of a field's error, or of the first item of a list field that has one. */
export function messageOf(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const e = error as FieldError & Record<string, unknown>;
  if (typeof e.message === "string" && e.message) return e.message;
  if (Array.isArray(error)) {
    for (const item of error) {
      const m = messageOf(item);
      if (m) return m;
    }
  }
  if (e.root) return messageOf(e.root);
  return undefined;
}
