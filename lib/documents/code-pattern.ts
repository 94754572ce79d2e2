// Document codes from a pattern per agency and type (DocumentSetting.codePatterns), e.g.
// "{TYPE}/{AGENCY}/{NN}" → "SOP/DINSOS/07". Pure: the number comes from the caller, who takes it
// under an advisory lock per agency and type (mutations.ts).

export const CODE_PLACEHOLDERS = ["TYPE", "AGENCY", "UNIT", "YEAR", "NN", "NNN"] as const;
export type CodePlaceholder = (typeof CODE_PLACEHOLDERS)[number];

export const CODE_PLACEHOLDER_HINTS: Record<CodePlaceholder, string> = {
  TYPE: "kode jenis dokumen (mis. SOP, FRM)",
  AGENCY: "singkatan Perangkat Daerah",
  UNIT: "singkatan unit pemilik",
  YEAR: "tahun pendaftaran",
  NN: "nomor urut dua digit (01, 02, …)",
  NNN: "nomor urut tiga digit (001, 002, …)",
};

export interface CodeParts {
  /** The type's short code (DOCUMENT_TYPE_CODES). */
  type: string;
  agency: string;
  unit: string;
  year: number;
  number: number;
}

const TOKEN = /\{([A-Z]+)\}/g;

/** A code-safe short form of a name: "Dinas Sosial" → "DINSOS" is the caller's shortName; here only cleaned. */
export function codeSegment(value: string): string {
  return value.trim().toUpperCase().replace(/\s+/g, "-").replace(/[^A-Z0-9.\-]/g, "");
}

/** Why a pattern cannot be used, or null. */
export function patternProblem(pattern: string): string | null {
  const trimmed = pattern.trim();
  if (trimmed === "") return "Pola kode wajib diisi.";
  if (trimmed.length > 60) return "Pola kode maksimal 60 karakter.";
  const tokens = [...trimmed.matchAll(TOKEN)].map((m) => m[1]);
  const unknown = tokens.find((t) => !(CODE_PLACEHOLDERS as readonly string[]).includes(t));
  if (unknown) return `Penanda {${unknown}} tidak dikenal; gunakan ${CODE_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}.`;
  const numbers = tokens.filter((t) => t === "NN" || t === "NNN").length;
  if (numbers !== 1) return "Pola kode memuat tepat satu nomor urut: {NN} atau {NNN}.";
  if (/[{}]/.test(trimmed.replace(TOKEN, ""))) return "Kurung kurawal hanya untuk penanda, mis. {TYPE}.";
  return null;
}

/** The code of a document from a valid pattern. */
export function formatDocumentCode(pattern: string, parts: CodeParts): string {
  return pattern.trim().replace(TOKEN, (_, token: string) => {
    switch (token as CodePlaceholder) {
      case "TYPE":
        return parts.type;
      case "AGENCY":
        return codeSegment(parts.agency);
      case "UNIT":
        return codeSegment(parts.unit);
      case "YEAR":
        return String(parts.year);
      case "NN":
        return String(parts.number).padStart(2, "0");
      case "NNN":
        return String(parts.number).padStart(3, "0");
      default:
        return `{${token}}`;
    }
  });
}

/** The pattern of a type: the agency's own, else the default. */
export function patternOf(patterns: unknown, type: string, fallback: string): string {
  if (patterns && typeof patterns === "object" && !Array.isArray(patterns)) {
    const own = (patterns as Record<string, unknown>)[type];
    if (typeof own === "string" && patternProblem(own) === null) return own.trim();
  }
  return fallback;
}

/** A unit's short form in codes: its short name when it is one word ("BPSMB"), else the last part of its code ("ntt.dinsos" → "DINSOS"). */
export function unitCodeName(unit: { shortName: string | null; code: string }): string {
  const short = unit.shortName?.trim();
  if (short && !/\s/.test(short)) return codeSegment(short);
  return codeSegment(unit.code.split(".").pop() ?? unit.code);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The sequence number of `code` under a pattern and parts (any number), or null when it does not follow it. */
export function sequenceOf(pattern: string, parts: Omit<CodeParts, "number">, code: string): number | null {
  const marker = "\u0000";
  const template = formatDocumentCode(pattern.replace(/\{NNN?\}/, marker), { ...parts, number: 0 });
  const [before, after = ""] = template.split(marker);
  const match = new RegExp(`^${escapeRegex(before)}(\\d+)${escapeRegex(after)}$`).exec(code);
  return match ? Number(match[1]) : null;
}

/** The next number after the highest one the existing codes use under this pattern. */
export function nextSequence(pattern: string, parts: Omit<CodeParts, "number">, codes: readonly string[]): number {
  return codes.reduce((max, code) => Math.max(max, sequenceOf(pattern, parts, code) ?? 0), 0) + 1;
}
