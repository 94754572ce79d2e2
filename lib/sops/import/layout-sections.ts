/**
 * Section headers printed side by side ("Dasar Hukum      Kualifikasi Pelaksana") with their
 * numbered lists interleaved line by line below. The lines are split at the right label's x until
 * the next label line or the table, and written column after column: the left label and its
 * lines, then the right label and its lines (one single-cell row per line; the rules join wraps).
 */
import type { SourceRow } from "./grid";
import { identityStart } from "./layout-identity";
import { type Metrics, type ReaderContext, isSectionLabel, toRow } from "./layout-lines";

/** A section label at the block's left edge (list items are numbered or indented) or the table. */
function endsSections(ctx: ReaderContext, j: number, leftX: number, m: Metrics): boolean {
  const first = ctx.lines[j].chunks[0];
  if (isSectionLabel(first.text) && first.x0 <= leftX + 2 * m.cw) return true;
  return ctx.tableAt(j) !== null || identityStart(ctx.lines, j);
}

export function readSideBySideSections(ctx: ReaderContext, start: number): { rows: SourceRow[]; next: number } {
  const { lines, m } = ctx;
  const labels = lines[start].chunks.filter((c) => c.text !== ":");
  const splitX = labels[1].x0 - 2 * m.cw;
  const left: SourceRow[] = [toRow([labels[0].text], lines[start])];
  const right: SourceRow[] = [toRow([labels.slice(1).map((c) => c.text).join(" ")], lines[start])];
  let j = start + 1;
  for (; j < lines.length && !endsSections(ctx, j, labels[0].x0, m); j++) {
    const l = lines[j];
    const leftText = l.chunks.filter((c) => c.x0 < splitX).map((c) => c.text).join(" ");
    const rightText = l.chunks.filter((c) => c.x0 >= splitX).map((c) => c.text).join(" ");
    if (leftText) left.push(toRow([leftText], l));
    if (rightText) right.push(toRow([rightText], l));
  }
  return { rows: [...left, ...right], next: j };
}
