/**
 * First pass over the document: splits lines, finds identity lines, table headers, and the
 * organisation lines printed above each SOP header (so they are not read as the previous SOP's text).
 */
import { cleanText } from "./cleanup";
import { type IdentityLine, isOrgLine, parseIdentityLine } from "./identity";
import { isTableHeader } from "./table";

/** Lines longer than this are not searched for identity labels (garbage protection). */
const MAX_IDENTITY_LINE = 20_000;
/** How far above a header organisation lines are looked for. */
const ORG_LOOKBACK = 15;

export interface DocumentLines {
  lines: string[];
  identity: (IdentityLine | null)[];
  isHeader: boolean[];
  /** Organisation lines printed above an SOP header, by the header's line index. */
  orgBlock: Map<number, string[]>;
  /** Lines used as organisation lines of the following SOP. */
  reserved: Set<number>;
}

export const isBlank = (line: string) => !/\S/.test(line) || (/[<&*]/.test(line) && cleanText(line) === "");

export function prepareLines(text: string): DocumentLines {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const identity = lines.map((l) => (l.length > MAX_IDENTITY_LINE ? null : parseIdentityLine(l)));
  const isHeader = lines.map((l) => isTableHeader(l.split("\t")));
  const orgBlock = new Map<number, string[]>();
  const reserved = new Set<number>();
  let previousNonBlank = -1;
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    if (identity[i] && (previousNonBlank < 0 || !identity[previousNonBlank])) {
      const block: string[] = [];
      for (let j = i - 1; j >= 0 && j > i - ORG_LOOKBACK; j--) {
        if (isBlank(lines[j])) continue;
        if (reserved.has(j) || identity[j] || !isOrgLine(lines[j])) break;
        block.unshift(lines[j]);
        reserved.add(j);
      }
      orgBlock.set(i, block);
    }
    previousNonBlank = i;
  });
  return { lines, identity, isHeader, orgBlock, reserved };
}

function nextNonBlank(doc: DocumentLines, i: number, limit = Infinity): number {
  for (let j = i + 1; j < doc.lines.length && j <= i + limit; j++) if (!isBlank(doc.lines[j])) return j;
  return -1;
}

/** "A. Melalui Media Tatap Muka" directly above a table header. */
export function isCaption(doc: DocumentLines, i: number): boolean {
  const raw = doc.lines[i];
  const t = cleanText(raw);
  if (raw.includes("\t") || t.length < 3 || t.length > 150) return false;
  if (!/^([A-Z]|[IVX]{1,4})[.)]\s+\S/.test(t)) return false;
  const j = nextNonBlank(doc, i);
  return j >= 0 && doc.isHeader[j];
}

/** The next non-blank line is "NIP 1966..." (approver printed below the header block). */
export function nextIsNip(doc: DocumentLines, i: number): boolean {
  const j = nextNonBlank(doc, i, 3);
  return j >= 0 && /^NIP\b/i.test(cleanText(doc.lines[j]));
}
