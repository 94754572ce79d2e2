// Berita Acara Pemusnahan (UU 43/2009, penyusutan arsip): numbering and the methods, pure.
import type { DestructionStatus } from "./constants";

/** "BAP/DINAS-SOSIAL/2026/01": per agency and year, taken under an advisory lock. */
export function formatDestructionNumber(agencyShortName: string, year: number, sequence: number): string {
  const code = agencyShortName.toUpperCase().replace(/[^A-Z0-9]+/g, "-").replace(/^-|-$/g, "") || "PD";
  return `BAP/${code}/${year}/${String(sequence).padStart(2, "0")}`;
}

/** A BA still holding its documents: a document is in at most one of these. */
export const OPEN_DESTRUCTION_STATUSES = ["DRAF", "DIAJUKAN", "DIKEMBALIKAN", "DISETUJUI"] as const satisfies readonly DestructionStatus[];
/** The list of documents may still change. */
export const EDITABLE_DESTRUCTION_STATUSES = ["DRAF", "DIKEMBALIKAN"] as const satisfies readonly DestructionStatus[];

export const DESTRUCTION_METHODS = ["DICACAH", "DIBAKAR", "DIBUBUR", "DIHAPUS_PERMANEN"] as const;
export type DestructionMethod = (typeof DESTRUCTION_METHODS)[number];
export const DESTRUCTION_METHOD_LABELS: Record<DestructionMethod, string> = {
  DICACAH: "Dicacah (mesin penghancur kertas)",
  DIBAKAR: "Dibakar",
  DIBUBUR: "Dibubur (dilumatkan)",
  DIHAPUS_PERMANEN: "Dihapus permanen (arsip elektronik)",
};

/** At least two witnesses sign the Berita Acara (besides the executor). */
export const MIN_WITNESSES = 2;

export interface Witness {
  name: string;
  nip: string | null;
  position: string;
}

/** The witnesses stored on the BA as they were written (JSON), read back defensively. */
export function witnessesOf(value: unknown): Witness[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((w) => {
    if (!w || typeof w !== "object") return [];
    const o = w as Record<string, unknown>;
    if (typeof o.name !== "string") return [];
    return [{ name: o.name, nip: typeof o.nip === "string" && o.nip ? o.nip : null, position: typeof o.position === "string" ? o.position : "" }];
  });
}

export function methodLabel(method: string | null): string {
  if (!method) return "-";
  return DESTRUCTION_METHOD_LABELS[method as DestructionMethod] ?? method;
}
