/**
 * Rebuilds the rows of SOP AP documents from positioned text (column-laid-out text or PDF):
 * the two-column identity block, side-by-side section lists, and the procedure table with its
 * columns taken from the header cells' x ranges and its rows from the step numbers.
 */
import type { PositionedPage, SourceRow } from "./grid";

export function readLayout(pages: PositionedPage[]): SourceRow[] {
  void pages;
  return []; // issue 16: layout helper
}
