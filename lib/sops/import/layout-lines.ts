/**
 * The layout reader's view of positioned pages: one list of lines over all pages, the page's own
 * units (a character width and a line height measured on the text, never fixed points) and the
 * label tests shared by the identity, section and table readers.
 */
import { withoutLogo } from "./furniture-words";
import type { Chunk, PositionedPage, Shape, SourceRow } from "./grid";
import {
  BARE_NOMOR_LABEL,
  IDENTITY_LABELS,
  SECTION_LABELS,
  TABLE_ACTIVITY_LABEL,
  TABLE_GROUP_LABEL,
  TABLE_KELENGKAPAN_LABEL,
  TABLE_KETERANGAN_LABEL,
  TABLE_NO_LABEL,
  TABLE_OUTPUT_LABEL,
  TABLE_WAKTU_LABEL,
} from "./labels";

export interface Line {
  page: number;
  line: number;
  y0: number;
  y1: number;
  chunks: Chunk[];
}

export interface Metrics {
  /** Median width of one character. */
  cw: number;
  /** Median height of a line. */
  h: number;
}

/** What every part of the reader knows about the document. */
export interface ReaderContext {
  lines: Line[];
  m: Metrics;
  /** Index of the "No" line of a table header whose first line is line j, or null. */
  tableAt: (j: number) => number | null;
  /** Drawn shapes by page number. */
  shapes: Map<number, Shape[]>;
}

const median = (values: number[], fallback: number) => {
  const v = values.filter((n) => Number.isFinite(n) && n > 0).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : fallback;
};

/**
 * Every non-empty line of every page, top to bottom, chunks left to right and trimmed; a logo
 * placeholder is dropped (its chunk, or its start when the text follows it after one space).
 */
export function flatten(pages: PositionedPage[]): Line[] {
  const out: Line[] = [];
  for (const page of [...pages].sort((a, b) => a.page - b.page)) {
    const lines = [...page.lines].sort((a, b) => a.y0 - b.y0 || a.line - b.line);
    for (const l of lines) {
      const chunks = l.chunks
        .map((c) => ({ ...c, text: withoutLogo(c.text.replace(/\s+/g, " ").trim()) }))
        .filter((c) => c.text !== "")
        .sort((a, b) => a.x0 - b.x0);
      if (chunks.length) out.push({ page: page.page, line: l.line, y0: l.y0, y1: l.y1, chunks });
    }
  }
  return out;
}

export function measure(lines: Line[]): Metrics {
  const cw = median(
    lines.flatMap((l) => l.chunks.map((c) => (c.x1 - c.x0) / Math.max(1, [...c.text].length))),
    1,
  );
  const h = median(
    lines.map((l) => l.y1 - l.y0),
    1,
  );
  return { cw, h };
}

/** A blank line (or more than half a line of space in a PDF) or a page break between two lines. */
export function gapBetween(above: Line, below: Line, m: Metrics): boolean {
  return above.page !== below.page || below.y0 - above.y1 >= m.h * 0.5;
}

export const lineText = (l: Line) => l.chunks.map((c) => c.text).join(" ");

export function toRow(cells: string[], l: Pick<Line, "page" | "line">): SourceRow {
  return { cells, text: cells.join("\t"), page: l.page, line: l.line };
}

/** "Nomor SOP : 12/2022" → label "Nomor SOP", rest "12/2022"; null when the chunk starts otherwise. */
export function identityLabel(text: string, bareNomor = false): { label: string; rest: string } | null {
  const patterns = bareNomor ? [...IDENTITY_LABELS.map(([re]) => re), BARE_NOMOR_LABEL] : IDENTITY_LABELS.map(([re]) => re);
  for (const re of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const after = text.slice(m[0].length);
    if (after !== "" && !/^\s*:/.test(after) && !/^\s/.test(after)) continue;
    return { label: m[0].trim(), rest: after.replace(/^\s*:?\s*/, "").trim() };
  }
  return null;
}

export const hasIdentityLabel = (l: Line) => l.chunks.some((c) => identityLabel(c.text) !== null);

/** A section label alone or before a colon ("Pencatatan :", not the "PENCATATAN SIPIL" of a unit). */
export function isSectionLabel(text: string): boolean {
  return SECTION_LABELS.some(([re]) => {
    const m = re.exec(text);
    return m !== null && /^\s*(?::|$)/.test(text.slice(m[0].length));
  });
}

/** "Dasar Hukum      Kualifikasi Pelaksana": two section labels side by side. */
export function isSideBySideSections(l: Line): boolean {
  const labels = l.chunks.filter((c) => c.text !== ":");
  return labels.length >= 2 && isSectionLabel(labels[0].text) && isSectionLabel(labels[1].text);
}

/** The "No" and activity chunks of a procedure table header line. */
export function tableHeaderChunks(l: Line): { no: Chunk; activity: Chunk } | null {
  for (let i = 0; i + 1 < l.chunks.length; i++) {
    if (TABLE_NO_LABEL.test(l.chunks[i].text) && TABLE_ACTIVITY_LABEL.test(l.chunks[i + 1].text)) {
      return { no: l.chunks[i], activity: l.chunks[i + 1] };
    }
  }
  return null;
}

export const isGroupLabel = (text: string) => TABLE_GROUP_LABEL.test(text);

/** Labels of the header cells under (or beside) the group labels. */
export function isColumnLabel(text: string): boolean {
  return [TABLE_KELENGKAPAN_LABEL, TABLE_WAKTU_LABEL, TABLE_OUTPUT_LABEL, TABLE_KETERANGAN_LABEL].some((re) => re.test(text));
}

/** "1", "1.", "1)", and sub-steps "2.1" (the rules decide what a sub-step number means). */
export const STEP_NUMBER = /^\d{1,3}(?:\.\d{1,2})*[.)]?$/;

/** "1 2 3 4 ... 10": the row of column numbers under a table header. */
export function isNumberingRow(l: Line): boolean {
  const values = l.chunks.flatMap((c) => c.text.split(" "));
  if (values.length < 3 || !values.every((v) => /^\d{1,2}$/.test(v))) return false;
  return values.every((v, i) => i === 0 || Number(v) > Number(values[i - 1]));
}

/** A NIP line ("NIP 19800101 200501 1 001" or the 18 digits alone). */
export const isNipLine = (text: string) => /^NIP\b/i.test(text) || /^\d{8}\s?\d{6}\s?\d\s?\d{3}$/.test(text);
