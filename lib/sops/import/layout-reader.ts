/**
 * Rebuilds the rows of SOP AP documents from positioned text (column-laid-out text or PDF):
 * the two-column identity block, side-by-side section lists, and the procedure table with its
 * columns taken from the header cells' x ranges and its rows from the step numbers.
 * Every other line is one row of its chunks. Pure; never throws on odd input.
 */
import type { PositionedPage, Shape, SourceRow } from "./grid";
import { dropFurniture } from "./layout-furniture";
import { identityStart, readIdentity } from "./layout-identity";
import { flatten, isSideBySideSections, measure, tableHeaderChunks, toRow } from "./layout-lines";
import { readSideBySideSections } from "./layout-sections";
import { readTable } from "./layout-table";
import { headerStart } from "./layout-table-header";

export function readLayout(pages: PositionedPage[]): SourceRow[] {
  const lines = dropFurniture(flatten(pages));
  const m = measure(lines);
  const starts = new Map<number, number>();
  lines.forEach((l, h) => {
    if (tableHeaderChunks(l)) starts.set(headerStart(lines, h, m), h);
  });
  const shapes = new Map<number, Shape[]>(pages.map((p) => [p.page, p.shapes]));
  const ctx = { lines, m, shapes, tableAt: (j: number) => starts.get(j) ?? null };

  const rows: SourceRow[] = [];
  let i = 0;
  while (i < lines.length) {
    const read = starts.has(i)
      ? readTable(ctx, starts.get(i)!)
      : identityStart(lines, i)
        ? readIdentity(ctx, i)
        : isSideBySideSections(lines[i])
          ? readSideBySideSections(ctx, i)
          : { rows: [toRow(lines[i].chunks.map((c) => c.text), lines[i])], next: i + 1 };
    rows.push(...read.rows);
    i = Math.max(read.next, i + 1);
  }
  return rows;
}
