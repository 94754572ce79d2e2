/**
 * Column-laid-out text (what `pdftotext -layout` prints, what users paste out of a PDF viewer):
 * no tabs, columns kept apart by runs of spaces, pages split by form feeds.
 * Turned into positioned pages (x = character column) for the layout reader.
 */
import type { PositionedPage } from "./grid";

/** True when the text is laid out by columns (no tabs; cells apart by runs of spaces). */
export function isColumnLaidOut(text: string): boolean {
  void text;
  return false; // issue 16: layout helper
}

/** Pages (split at form feeds) of lines cut into chunks at runs of two or more spaces. */
export function textToPages(text: string): PositionedPage[] {
  void text;
  return [];
}
