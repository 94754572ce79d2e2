/**
 * The procedure table's body: each chunk goes to the column whose range holds its start; a step
 * starts at a line with a number in the No column and takes the wrapped lines of its cells (one
 * row per step). Lines of a vertically centred cell above the number line belong to that step when
 * a gap separates them from the previous step. A header repeated after a page break is dropped.
 * The table ends at an identity label, a section label, another table or the end of the text.
 */
import type { Chunk, SourceRow } from "./grid";
import { SHAPE_MARKS } from "./grid";
import { identityStart } from "./layout-identity";
import {
  type Line,
  type ReaderContext,
  gapBetween,
  isNumberingRow,
  isSectionLabel,
  isSideBySideSections,
  toRow,
} from "./layout-lines";
import { cellsOf } from "./layout-cells";
import { type BodyLine, type Item, owners } from "./layout-steps";
import { type Column, type TableHeader, actorColumnAt, columnAt, headerRows, headerSignature, readHeader } from "./layout-table-header";
import { joinCellLines } from "./hyphenation";

/** True when a line with a step number follows within two lines (a sub-procedure title row). */
function numberFollows(ctx: ReaderContext, j: number, columns: Column[]): boolean {
  for (let k = j + 1; k <= j + 2 && k < ctx.lines.length; k++) {
    if (identityStart(ctx.lines, k)) return false;
    if (cellsOf(ctx.lines[k], columns, ctx.m.cw).number) return true;
  }
  return false;
}

/**
 * Text of a cell stays inside its column; a run crossing two columns past its own is no cell (a
 * footer or title under the table: "Dinas Kependudukan dan Pencatatan Sipil Kota Kupang").
 */
function spansColumns(c: Chunk, columns: Column[]): boolean {
  const k = columnAt(columns, c.x0);
  return k + 2 < columns.length && c.x1 > columns[k + 2].start;
}

/** A step's number in its part of a procedure numbered again from 1 in each part: "A.1", "B.3". */
const PART_LABEL = /^\p{Lu}\.\d{1,3}$/u;

/** "Total waktu baku: 1 jam 35 menit", "Jumlah": the summary under the last step. */
const TOTAL = /^(total|jumlah)\b/i;

function endsTable(ctx: ReaderContext, j: number, columns: Column[]): boolean {
  const l = ctx.lines[j];
  if (identityStart(ctx.lines, j) || isSideBySideSections(l) || TOTAL.test(l.chunks[0].text)) return true;
  return isSectionLabel(l.chunks[0].text) && columnAt(columns, l.chunks[0].x0) === 0;
}

/** Lines printed between a page break and the table header repeated under them. */
const MAX_RUNNING_LINES = 3;

/**
 * Index of the table header repeated within the first lines of a new page, when it is the same
 * table's header: the lines above it are a running header (furniture), not the end of the table.
 */
function repeatedHeaderBelow(ctx: ReaderContext, j: number, signature: string): number | null {
  const page = ctx.lines[j].page;
  for (let k = j + 1; k <= j + MAX_RUNNING_LINES && k < ctx.lines.length && ctx.lines[k].page === page; k++) {
    const h = ctx.tableAt(k);
    if (h === null) continue;
    const again = readHeader(ctx.lines, h, ctx.m, ctx.shapes.get(page));
    return again && headerSignature(again) === signature ? k : null;
  }
  return null;
}

/** Body items from the line after the header to the end of the table. */
function readBody(ctx: ReaderContext, header: TableHeader): { items: Item[]; next: number } {
  const items: Item[] = [];
  const signature = headerSignature(header);
  let columns = header.columns;
  let previous: Line | null = null;
  let hard = true;
  let pageTop = false;
  let j = header.last + 1;
  while (j < ctx.lines.length) {
    const l = ctx.lines[j];
    const h = ctx.tableAt(j);
    if (h !== null) {
      const again = readHeader(ctx.lines, h, ctx.m, ctx.shapes.get(ctx.lines[h].page));
      if (!again || headerSignature(again) !== signature) break;
      columns = again.columns;
      hard = true;
      pageTop = true;
      j = again.last + 1;
      continue;
    }
    const repeated = previous !== null && previous.page !== l.page ? repeatedHeaderBelow(ctx, j, signature) : null;
    if (repeated !== null) {
      j = repeated;
      continue;
    }
    if (endsTable(ctx, j, columns)) break;
    if (isNumberingRow(l)) {
      j++;
      continue;
    }
    const { cells, number, stray } = cellsOf(l, columns, ctx.m.cw);
    if (stray !== null && PART_LABEL.test(stray) && previous !== null && cellsOf(previous, columns, ctx.m.cw).number) {
      // The No cell's second line: the source's own number under the running one ("1" over "A.1").
      cells[0] = [];
      items.push({ kind: "line", line: l, columns, cells, number: null, gapBefore: false });
      previous = l;
      j++;
      continue;
    }
    if (stray !== null) {
      if (!numberFollows(ctx, j, columns)) break;
      items.push({ kind: "title", line: l, text: l.chunks.map((c) => c.text).join(" ") });
      hard = true;
    } else {
      const gapBefore = hard || (previous !== null && gapBetween(previous, l, ctx.m));
      if (gapBefore && !number && l.chunks.some((c) => spansColumns(c, columns))) break;
      const top = pageTop || (previous !== null && previous.page !== l.page);
      items.push({ kind: "line", line: l, columns, cells, number, gapBefore, pageTop: top });
      hard = false;
      pageTop = false;
    }
    previous = l;
    j++;
  }
  return { items, next: j };
}

interface Step {
  cells: string[];
  numberLine: BodyLine;
  lines: BodyLine[];
}

function stepOf(lines: BodyLine[], numberLine: BodyLine): Step {
  const cells = numberLine.columns.map((_, c) => joinCellLines(lines.flatMap((l) => l.cells[c] ?? [])));
  return { cells, numberLine, lines };
}

function addMark(cells: string[], column: number, mark: string): void {
  const current = cells[column];
  if (current.split(" ").includes(mark)) return;
  cells[column] = current === "" ? mark : `${current} ${mark}`;
}

/**
 * Each drawn shape whose centre lies in an actor column and in a step's y range (its first line
 * down to the next step's first line, on the same page) marks that step's cell of that column.
 */
function markShapes(steps: Step[], ctx: ReaderContext, header: TableHeader): void {
  const pages = new Set(steps.flatMap((s) => s.lines.map((l) => l.line.page)));
  for (const page of pages) {
    const shapes = ctx.shapes.get(page) ?? [];
    if (!shapes.length) continue;
    const onPage = steps
      .map((s) => ({ step: s, lines: s.lines.filter((l) => l.line.page === page) }))
      .filter((s) => s.lines.length > 0);
    const headerBottom = ctx.lines[header.last].page === page ? ctx.lines[header.last].y1 : null;
    const ranges = onPage.map((s, i) => {
      const top = Math.min(...s.lines.map((l) => l.line.y0));
      const bottom = Math.max(...s.lines.map((l) => l.line.y1));
      const start = i === 0 ? (headerBottom ?? top - ctx.m.h) : top;
      const next = onPage[i + 1];
      const end = next ? Math.min(...next.lines.map((l) => l.line.y0)) : bottom + ctx.m.h;
      return { step: s.step, start, end };
    });
    for (const shape of shapes) {
      const cx = (shape.x0 + shape.x1) / 2;
      const cy = (shape.y0 + shape.y1) / 2;
      const range = ranges.find((r) => cy >= r.start && cy < r.end);
      if (!range) continue;
      const column = actorColumnAt(range.step.numberLine.columns, cx);
      if (column !== null) addMark(range.step.cells, column, SHAPE_MARKS[shape.kind]);
    }
  }
}

/** Reads the table whose header has its "No" line at `h`. */
export function readTable(ctx: ReaderContext, h: number): { rows: SourceRow[]; next: number } {
  const header = readHeader(ctx.lines, h, ctx.m, ctx.shapes.get(ctx.lines[h].page))!;
  const [top, bottom] = headerRows(header);
  const rows: SourceRow[] = [toRow(top, ctx.lines[h]), toRow(bottom, ctx.lines[header.last])];
  const { items, next } = readBody(ctx, header);
  const { owner, numbers } = owners(items);

  const steps = numbers.map((n, k) =>
    stepOf(
      items.filter((it, i): it is BodyLine => it.kind === "line" && owner[i] === k),
      items[n] as BodyLine,
    ),
  );
  markShapes(steps, ctx, header);

  const stepAt = new Map(numbers.map((n, k) => [n, steps[k]]));
  items.forEach((it, i) => {
    if (it.kind === "title") rows.push(toRow([it.text], it.line));
    else if (stepAt.has(i)) rows.push(toRow(stepAt.get(i)!.cells, it.line));
    else if (owner[i] === -1) rows.push(toRow(it.cells.map(joinCellLines), it.line));
  });
  return { rows, next };
}
