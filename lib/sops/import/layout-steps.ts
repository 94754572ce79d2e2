/**
 * Which step each line of the procedure table belongs to. A step is anchored at the line with its
 * number; the lines between two numbers are cut once: the upper ones continue the previous step,
 * the lower ones open the next (a vertically centred cell prints its first lines above the number).
 * A blank line (a y gap in a PDF) or a title row is the cut when there is one. Otherwise the cut
 * follows the table's alignment (top: at the number; centred: as far above the number as the
 * previous row reached below its own) and the text: a cell starts with a capital, a wrapped line
 * usually does not.
 */
import type { Line } from "./layout-lines";
import type { Column, ColumnRole } from "./layout-table-header";

export interface BodyLine {
  kind: "line";
  line: Line;
  columns: Column[];
  /** Texts per column. */
  cells: string[][];
  number: string | null;
  gapBefore: boolean;
  /** First body line of a page (after a page break or a repeated header). */
  pageTop?: boolean;
}

export interface TitleLine {
  kind: "title";
  line: Line;
  text: string;
}

export type Item = BodyLine | TitleLine;

/** How much the first text of a column tells about a cell starting there. */
const WEIGHT: Partial<Record<ColumnRole, number>> = { activity: 2, kelengkapan: 1, output: 1, keterangan: 1, other: 1 };
/** How far above its number a step's first line is looked for. */
const MAX_LINES_ABOVE = 40;
/** Cost of each line the cut sits away from where the alignment puts it. */
const DISTANCE_COST = 0.5;

const startScore = (text: string) => (/^[^\p{L}]*\p{Lu}/u.test(text) ? 1 : /^[^\p{L}]*\p{Ll}/u.test(text) ? -1 : 0);

/** How well "the step starts at line s" reads: each column's first text from s on opens a cell. */
function textScore(items: Item[], s: number, end: number): number {
  const first = items[s] as BodyLine;
  let score = 0;
  first.columns.forEach((col, c) => {
    const weight = WEIGHT[col.role] ?? 0;
    if (!weight) return;
    for (let i = s; i < end && items[i].kind === "line"; i++) {
      const texts = (items[i] as BodyLine).cells[c] ?? [];
      if (texts.length) {
        score += weight * startScore(texts[0]);
        return;
      }
    }
  });
  return score;
}

/** First index of the run of lines ending at `n` (after a title or the previous number). */
function runStart(items: Item[], prev: number, n: number): number {
  let lo = n;
  while (lo - 1 > prev && items[lo - 1].kind === "line") lo--;
  return lo;
}

/**
 * A page break is no cut between rows when the row was broken across it (Word does so by default):
 * in a table whose numbers stand on the rows' first lines, text above the number at the top of a
 * page is the previous row's tail; in a centred table, only when it reads as a wrapped line.
 */
function rowBrokenAcross(items: Item[], i: number, end: number, centred: boolean): boolean {
  const it = items[i] as BodyLine;
  return !!it.pageTop && !it.number && (!centred || textScore(items, i, end) < 0);
}

function lastGap(items: Item[], lo: number, n: number, centred: boolean): number | null {
  for (let i = n; i >= lo; i--) if ((items[i] as BodyLine).gapBefore && !rowBrokenAcross(items, i, n, centred)) return i;
  return null;
}

/** Owner step (index into the number lines) of every body line; -1 when the table has no number. */
export function owners(items: Item[]): { owner: number[]; numbers: number[] } {
  const numbers = items.flatMap((it, i) => (it.kind === "line" && it.number ? [i] : []));
  const owner = items.map(() => -1);
  if (!numbers.length) return { owner, numbers };

  const firstRun = runStart(items, -1, numbers[0]);
  const centred = numbers[0] > firstRun;
  let start = 0;
  numbers.forEach((n, k) => {
    const prev = k > 0 ? numbers[k - 1] : -1;
    const lo = runStart(items, prev, n);
    let s: number;
    if (k === 0) s = 0;
    else {
      const gap = lastGap(items, lo, n, centred);
      if (gap !== null) s = gap;
      else {
        const expected = centred ? prev + (prev - start) + 1 : n;
        const target = Math.min(n, Math.max(lo, expected));
        const end = numbers[k + 1] ?? items.length;
        let best = n;
        let bestScore = -Infinity;
        for (let c = n; c >= Math.max(lo, n - MAX_LINES_ABOVE); c--) {
          const score = textScore(items, c, end) - DISTANCE_COST * Math.abs(c - target);
          if (score > bestScore) {
            best = c;
            bestScore = score;
          }
        }
        s = best;
      }
    }
    for (let i = prev + 1; i <= n; i++) if (items[i].kind === "line") owner[i] = i >= s ? k : k - 1;
    start = k === 0 ? firstRun : s;
  });
  for (let i = numbers[numbers.length - 1] + 1; i < items.length; i++) owner[i] = numbers.length - 1;
  return { owner, numbers };
}
