/**
 * The identity block ("identitas") of an SOP AP: Nomor SOP, Tanggal Pembuatan/Revisi/Efektif,
 * Disahkan oleh, Nama/Judul SOP, and the organisation lines printed above or beside it.
 * Labels and synonyms come from labels.ts. Accepts the cells "Label, Value", "Org, Label, Value",
 * "Label, :, Value", "Label : Value",
 * an HTML <table> of <td> pairs and a run of <p>Label : Value</p>.
 */
import { cleanText, decodeEntities, stripMarkdown } from "./cleanup";
import { withoutSignatureMarks } from "./furniture-words";
import { BARE_NOMOR_LABEL, IDENTITY_LABELS } from "./labels";

export type IdentityKey =
  | "nomor"
  | "tanggal_pembuatan"
  | "tanggal_revisi"
  | "tanggal_efektif"
  | "disahkan_oleh"
  | "nama";

export const IDENTITY_LABEL_NAMES: Record<IdentityKey, string> = {
  nomor: "Nomor SOP",
  tanggal_pembuatan: "Tanggal Pembuatan",
  tanggal_revisi: "Tanggal Revisi",
  tanggal_efektif: "Tanggal Efektif",
  disahkan_oleh: "Disahkan oleh",
  nama: "Nama SOP",
};

/** The synonyms table, then the bare "Nomor" (checked by the caller against its neighbours). */
const LABELS: [RegExp, IdentityKey, boolean][] = [
  ...IDENTITY_LABELS.map(([re, key]): [RegExp, IdentityKey, boolean] => [re, key, false]),
  [BARE_NOMOR_LABEL, "nomor", true],
];

/** Label at the start of a cell, followed by nothing, ":" or ":" and the value. */
function matchIdentityLabel(cell: string): { key: IdentityKey; rest: string; bare: boolean } | null {
  const t = cleanText(cell);
  for (const [re, key, bare] of LABELS) {
    const m = re.exec(t);
    if (!m) continue;
    const after = t.slice(m[0].length);
    if (after !== "" && !/^\s*:/.test(after)) continue;
    return { key, rest: after.replace(/^\s*:\s*/, "").trim(), bare };
  }
  return null;
}

/** Cells of a row; HTML table cells and paragraphs inside a cell become cells too. */
function expandCells(cells: string[]): string[] {
  return cells.flatMap((cell) => {
    let s = decodeEntities(cell);
    if (/<(td|th|p|tr|table|br)\b/i.test(s)) {
      s = s.replace(/<\/\s*(td|th|p|tr)\s*>|<\s*br\s*\/?>/gi, "\t").replace(/<[^>]*>/g, " ");
    }
    return s.split("\t").map((c) => cleanText(c));
  });
}

export interface IdentityField {
  key: IdentityKey;
  value: string | null;
  /** Written as a bare "Nomor" (an identity label only next to other labels). */
  bare?: boolean;
}

export interface IdentityLine {
  fields: IdentityField[];
  /** Cells before the first label (organisation name in a merged header cell). */
  org: string[];
  /** Unlabelled cells after the values. */
  extra: string[];
}

/** True when the row holds a label other than a bare "Nomor". */
export function startsIdentityBlock(id: IdentityLine): boolean {
  return id.fields.some((f) => !f.bare);
}

/** Identity fields of one row, or null when the row has no identity label. */
export function parseIdentityCells(rowCells: string[]): IdentityLine | null {
  if (!rowCells.some((c) => /(nomor|\bno\b|tanggal|\btgl\b|disahkan|ditetapkan|nama|judul)/i.test(c))) return null;
  const cells = expandCells(rowCells);
  const fields: IdentityField[] = [];
  const org: string[] = [];
  const extra: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const label = matchIdentityLabel(cells[i]);
    if (!label) {
      if (cells[i] === "") continue;
      (fields.length ? extra : org).push(cells[i]);
      continue;
    }
    let value = label.rest;
    if (value === "" && i + 1 < cells.length && !matchIdentityLabel(cells[i + 1])) {
      i++;
      if (cells[i] === ":" && i + 1 < cells.length && !matchIdentityLabel(cells[i + 1])) i++;
      value = cells[i].replace(/^:\s*/, "").trim();
    }
    const field: IdentityField = { key: label.key, value: value === "" || value === ":" ? null : value };
    if (label.bare) field.bare = true;
    fields.push(field);
  }
  return fields.length ? { fields, org, extra } : null;
}

// ---------------------------------------------------------------- approver and NIP

export interface Approver {
  name: string | null;
  nip: string | null;
  /** Text after the NIP (a title pushed into the same cell). */
  after: string | null;
}

const NIP_LABELLED = /\bNIP\s*\.?\s*:?\s*(\d[\d\s/.-]{6,}\d)/i;
const NIP_BARE = /(\d{8}\s*\d{6}\s*\d\s*\d{3})(?!\d)/;

/** Splits "Kepala Dinas ... YOSEF RASI, S.Sos, M.Si NIP. 19700629 199903 1 005" into name and NIP. */
export function parseApprover(value: string | null): Approver {
  if (!value) return { name: null, nip: null, after: null };
  const m = NIP_LABELLED.exec(value) ?? NIP_BARE.exec(value);
  if (!m) return { name: cleanName(value), nip: null, after: null };
  const name = cleanName(value.slice(0, m.index));
  const after = cleanText(value.slice(m.index + m[0].length)) || null;
  return { name, nip: m[1].replace(/\s+/g, ""), after };
}

function cleanName(s: string): string | null {
  const t = withoutSignatureMarks(cleanText(s));
  return t === "" ? null : t;
}

export function hasNip(value: string | null): boolean {
  return !!value && (NIP_LABELLED.test(value) || NIP_BARE.test(value));
}

export function isValidNip(nip: string): boolean {
  return /^\d{18}$/.test(nip);
}

// ---------------------------------------------------------------- organisation lines

const ORG_KEYWORDS =
  /(?<!\bSUB\s)\b(?=(?:PEMERINTAH|SEKRETARIAT|DINAS|BADAN|BIRO|INSPEKTORAT|BAGIAN|SUB BAGIAN|SUBBAGIAN|BIDANG|SUB BIDANG|UPTD?|SEKSI|SUB KOORDINATOR|KANTOR)\b)/;

/** Looks like an organisation line: mostly capitals, short, no sentence punctuation. */
export function isOrgLine(line: string): boolean {
  const t = cleanText(line);
  if (t.length < 4 || t.length > 220 || line.includes("\t")) return false;
  if (/^(NOMOR|TANGGAL|TENTANG|LAMPIRAN|STANDAR OPERASIONAL|DAFTAR|KEPUTUSAN|GUBERNUR|PARAF|NIP)\b/i.test(t)) return false;
  if (/^[-\d•]/.test(t)) return false;
  // "RSUD dr. T.C. HILLERS": a title in lower case does not make the line a sentence.
  const core = t.replace(/(^|\s)(dr|drg|ir|hj?|kab|kec|prov)\.(?=\s)/gi, " ");
  const letters = core.replace(/[^A-Za-z]/g, "");
  const lower = core.replace(/[^a-z]/g, "");
  return letters.length >= 4 && lower.length <= letters.length * 0.1;
}

/** "PEMERINTAH PROVINSI NTT DINAS SOSIAL SEKRETARIAT" -> three lines. */
function splitOrgText(text: string): string[] {
  const t = cleanText(stripMarkdown(text));
  if (!t) return [];
  if (t !== t.toUpperCase()) return [t];
  return t
    .split(ORG_KEYWORDS)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Joins lines that continue on the next line ("... KALIBRASI DAN" + "SERTIFIKASI MUTU BARANG"). */
export function joinOrgLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = cleanText(stripMarkdown(raw));
    if (!line) continue;
    const prev = out[out.length - 1];
    if (prev && /(\bDAN|,|&|\bSERTA)$/i.test(prev)) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out.flatMap(splitOrgText);
}
