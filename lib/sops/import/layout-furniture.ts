/**
 * Page furniture: running headers and footers printed on several pages ("SOP Dinas Kesehatan",
 * "Halaman 2 dari 5", "- 3 -") are no part of the SOP and would split a table continued over a
 * page break. Lines that carry SOP structure (labels, table headers) are never dropped.
 */
import { isOrgLine } from "./identity";
import {
  type Line,
  hasIdentityLabel,
  isColumnLabel,
  isGroupLabel,
  isNipLine,
  isSectionLabel,
  lineText,
  measure,
  tableHeaderChunks,
} from "./layout-lines";

/** How many lines at the top and at the bottom of a page may be furniture. */
const EDGE_LINES = 3;

const PAGE_NUMBER = [
  /^(?:halaman|hal\.?|page)\s*:?\s*\d+(?:\s*(?:dari|of|\/)\s*\d+)?$/i,
  /^[-–—]\s*\d+\s*[-–—]$/,
  /^\d+\s*(?:dari|\/)\s*\d+$/,
];

const isPageNumber = (text: string) => PAGE_NUMBER.some((re) => re.test(text));

/** Repeated text compared without its numbers ("Hal 2" and "Hal 3" are the same furniture). */
const key = (l: Line) => lineText(l).toLowerCase().replace(/\d+/g, "#");

/**
 * Running headers and footers print where the page puts them: the same text at another height (a
 * step's line repeated by another step at the foot of its page) is no furniture.
 */
const sameHeight = (a: Line, b: Line, h: number) => Math.abs(a.y0 - b.y0) <= h;

/** Labels and table headers are never furniture, even when printed at the top of every page. */
function carriesStructure(lines: Line[], i: number): boolean {
  const l = lines[i];
  if (hasIdentityLabel(l) || tableHeaderChunks(l)) return true;
  if (l.chunks.some((c) => isSectionLabel(c.text) || isGroupLabel(c.text) || isColumnLabel(c.text))) return true;
  // A header of the table printed again under its "Pelaksana / Mutu Baku" line.
  for (let k = Math.max(0, i - 3); k < i; k++) if (lines[k].page === l.page && tableHeaderChunks(lines[k])) return true;
  // Actor names turned sideways: one tall line beside the header's "No" line, sorted above it.
  for (let k = i + 1; k <= i + 3 && k < lines.length; k++) {
    if (lines[k].page === l.page && tableHeaderChunks(lines[k]) && l.y1 > lines[k].y0) return true;
  }
  return false;
}

/** Organisation lines right above an identity block repeat on each SOP's first page. */
function aboveIdentity(lines: Line[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < lines.length && lines[k].page === lines[i].page; k++) {
    if (hasIdentityLabel(lines[k])) return true;
  }
  return false;
}

/**
 * "Lampiran Keputusan Camat ... Nomor 140/05/2021" over each SOP of a decree: a reference to the
 * document with a number in words, not an organisation line (capitals) nor the approver's NIP.
 */
const citesDocument = (text: string) => !isOrgLine(text) && !isNipLine(text) && /\d/.test(text) && /\p{Ll}{3}/u.test(text);

/** The lines without the page furniture. */
export function dropFurniture(lines: Line[]): Line[] {
  const byPage = new Map<number, number[]>();
  lines.forEach((l, i) => byPage.set(l.page, [...(byPage.get(l.page) ?? []), i]));
  const edgeIndexes = new Set<number>();
  for (const list of byPage.values()) {
    list.slice(0, EDGE_LINES).forEach((i) => edgeIndexes.add(i));
    list.slice(-EDGE_LINES).forEach((i) => edgeIndexes.add(i));
  }
  const h = measure(lines).h;
  const byKey = new Map<string, number[]>();
  /** Keys seen at least once away from an identity block: running text, not organisation lines. */
  const running = new Set<string>();
  for (const i of edgeIndexes) {
    const k = key(lines[i]);
    if (!/[a-z]{3}/.test(k) || carriesStructure(lines, i)) continue; // a bare number or mark repeats by chance
    byKey.set(k, [...(byKey.get(k) ?? []), i]);
    if (!aboveIdentity(lines, i) || citesDocument(lineText(lines[i]))) running.add(k);
  }
  // A footer on the last page sits at the same distance from that page's last line: it is often shorter.
  const lastPage = Math.max(...lines.map((l) => l.page));
  const bottom = new Map<number, number>();
  for (const l of lines) bottom.set(l.page, Math.max(bottom.get(l.page) ?? -Infinity, l.y1));
  const fromBottom = (l: Line) => (bottom.get(l.page) ?? l.y1) - l.y1;
  const repeated = (i: number) =>
    (byKey.get(key(lines[i])) ?? []).some(
      (o) => lines[o].page !== lines[i].page && (sameHeight(lines[o], lines[i], h) ||
          ((lines[o].page === lastPage || lines[i].page === lastPage) && Math.abs(fromBottom(lines[o]) - fromBottom(lines[i])) <= h)),
    );
  const drop = new Set<number>();
  for (const i of edgeIndexes) {
    const k = key(lines[i]);
    // A page number alone, or beside the running title ("Dokumen terkendali ...   Halaman 1").
    const numbered = isPageNumber(lineText(lines[i])) || (lines[i].chunks.some((c) => isPageNumber(c.text)) && !carriesStructure(lines, i));
    if (numbered) {
      if (!aboveIdentity(lines, i)) drop.add(i);
    } else if (!carriesStructure(lines, i) && repeated(i) && running.has(k)) drop.add(i);
  }
  return lines.filter((_, i) => !drop.has(i));
}
