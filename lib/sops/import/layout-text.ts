/**
 * Column-laid-out text (what `pdftotext -layout` prints, what users paste out of a PDF viewer):
 * no tabs, columns kept apart by runs of spaces, pages split by form feeds.
 * Turned into positioned pages (x = character column) for the layout reader.
 */
import type { Chunk, PositionedLine, PositionedPage } from "./grid";
import { repairSpacing } from "./layout-spacing";

/** Two words kept apart by two or more spaces: cells of a column layout. */
const SPACED = /\S {2,}\S/;
/** Share of non-blank lines that must show a column gap (prose wraps with single spaces only). */
const MIN_SPACED_SHARE = 0.1;
const MIN_SPACED_LINES = 3;

/** True when the text is laid out by columns (no tabs; cells apart by runs of spaces). */
export function isColumnLaidOut(text: string): boolean {
  if (text.includes("\t")) return false;
  const lines = text.split(/\r?\n|\f/).filter((l) => l.trim() !== "");
  if (lines.length === 0) return false;
  const spaced = lines.filter((l) => SPACED.test(l.trim())).length;
  return spaced >= MIN_SPACED_LINES && spaced / lines.length >= MIN_SPACED_SHARE;
}

/** Chunks of one line: runs of text separated by two or more spaces (single spaces stay inside). */
function chunksOf(line: string): Chunk[] {
  const chunks: Chunk[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
    chunks.push({ text: m[0], x0: m.index, x1: m.index + m[0].length });
  }
  return chunks;
}

/** Pages (split at form feeds) of lines cut into chunks at runs of two or more spaces. */
export function textToPages(text: string): PositionedPage[] {
  const pages: PositionedPage[] = [];
  text.replace(/^\uFEFF/, "").split("\f").forEach((pageText, index) => {
    const rows = pageText.replace(/\r\n?/g, "\n").split("\n");
    const lines: PositionedLine[] = [];
    let width = 0;
    rows.forEach((raw, i) => {
      // Blank lines carry no chunk; their y index stays free, so a blank line is a y gap.
      const chunks = repairSpacing(chunksOf(raw.replace(/\u00a0/g, " ")));
      if (chunks.length === 0) return;
      width = Math.max(width, chunks[chunks.length - 1].x1);
      lines.push({ line: i + 1, y0: i, y1: i + 1, chunks });
    });
    if (lines.length > 0) pages.push({ page: index + 1, width, lines, shapes: [] });
  });
  return pages;
}
