/**
 * First pass over the source rows: finds identity rows, table headers, and the organisation lines
 * printed above each SOP header (so they are not read as the previous SOP's text).
 * Rows are addressed by index; the parser turns an index into the row's page and line for warnings.
 */
import { cleanText } from "./cleanup";
import type { SourceRow } from "./grid";
import { type IdentityLine, isOrgLine, parseIdentityCells, startsIdentityBlock } from "./identity";
import { isTableHeader } from "./table";

/** Rows longer than this are not searched for identity labels (garbage protection). */
const MAX_IDENTITY_LINE = 20_000;
/** How far above a header organisation lines are looked for. */
const ORG_LOOKBACK = 15;

export interface DocumentLines {
  rows: SourceRow[];
  /** The text of each row (cells joined by tabs). */
  lines: string[];
  identity: (IdentityLine | null)[];
  isHeader: boolean[];
  /** Organisation lines printed above an SOP header, by the header's row index. */
  orgBlock: Map<number, string[]>;
  /** Rows used as organisation lines of the following SOP. */
  reserved: Set<number>;
}

export const isBlank = (line: string) => !/\S/.test(line) || (/[<&*]/.test(line) && cleanText(line) === "");

const rowText = (row: SourceRow) => (row.cells.length > 1 ? row.cells.join("\t") : (row.cells[0] ?? row.text ?? ""));

export function prepareRows(rows: SourceRow[]): DocumentLines {
  const lines = rows.map(rowText);
  const identity = rows.map((r, i) => (lines[i].length > MAX_IDENTITY_LINE ? null : parseIdentityCells(r.cells)));
  // A bare "Nomor" label counts only next to other identity labels.
  identity.forEach((id, i) => {
    if (id && !startsIdentityBlock(id) && !neighbourIsIdentity(identity, lines, i)) identity[i] = null;
  });
  const isHeader = rows.map((r) => isTableHeader(r.cells));
  const orgBlock = new Map<number, string[]>();
  const reserved = new Set<number>();
  let previousNonBlank = -1;
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    if (identity[i] && (previousNonBlank < 0 || !identity[previousNonBlank])) {
      const block: number[] = [];
      let insideBlock = false;
      for (let j = i - 1; j >= 0 && j > i - ORG_LOOKBACK; j--) {
        if (isBlank(lines[j])) continue;
        // Upper-case rows between two identity rows continue the block (an approver's position).
        insideBlock = !!identity[j] && block.length > 0;
        if (reserved.has(j) || identity[j] || !isOrgLine(lines[j])) break;
        block.unshift(j);
      }
      if (insideBlock) return;
      for (const j of block) reserved.add(j);
      orgBlock.set(i, block.map((j) => lines[j]));
    }
    previousNonBlank = i;
  });
  return { rows, lines, identity, isHeader, orgBlock, reserved };
}

/** The nearest non-blank row above or below holds an identity label of its own (not another bare Nomor). */
function neighbourIsIdentity(identity: (IdentityLine | null)[], lines: string[], i: number): boolean {
  for (const step of [-1, 1]) {
    let j = i + step;
    while (j >= 0 && j < lines.length && isBlank(lines[j])) j += step;
    const other = identity[j];
    if (other && startsIdentityBlock(other)) return true;
  }
  return false;
}

function nextNonBlank(doc: DocumentLines, i: number, limit = Infinity): number {
  for (let j = i + 1; j < doc.lines.length && j <= i + limit; j++) if (!isBlank(doc.lines[j])) return j;
  return -1;
}

/** "A. Melalui Media Tatap Muka" directly above a table header. */
export function isCaption(doc: DocumentLines, i: number): boolean {
  const filled = doc.rows[i].cells.filter((c) => cleanText(c) !== "");
  if (filled.length !== 1 || doc.rows[i].cells.length > 1) return false;
  const t = cleanText(filled[0]);
  if (t.length < 3 || t.length > 150) return false;
  if (!/^([A-Z]|[IVX]{1,4})[.)]\s+\S/.test(t)) return false;
  const j = nextNonBlank(doc, i);
  return j >= 0 && doc.isHeader[j];
}

/**
 * A NIP row ("NIP 1966...") follows within `limit` non-blank rows, the rows between holding one
 * text (or an organisation line beside it). With `overLabels`, identity rows in between are passed
 * over (the approver's name printed below the rest of the identity block).
 */
export function nipAhead(doc: DocumentLines, i: number, limit = 3, overLabels = false): boolean {
  for (let j = i + 1, seen = 0; j < doc.lines.length && seen < limit; j++) {
    if (isBlank(doc.lines[j])) continue;
    seen++;
    if (doc.isHeader[j]) return false;
    if (doc.identity[j]) {
      if (overLabels) continue;
      return false;
    }
    const filled = doc.rows[j].cells.map((c) => cleanText(c)).filter((c) => c !== "");
    if (filled.length === 0 || filled.length > 2) return false;
    if (/^NIP\b/i.test(filled[filled.length - 1])) return true;
  }
  return false;
}
