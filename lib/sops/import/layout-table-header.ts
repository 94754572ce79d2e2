/**
 * The procedure table's header laid out over two or three lines: "No" and the activity label, the
 * group labels "Pelaksana" / "Mutu Baku" above or beside the actor names and Kelengkapan / Waktu /
 * Output / Keterangan, an actor name possibly wrapped ("Ka" above "Puskesmas"). Each header cell
 * gives a column; a body chunk belongs to the column whose range holds its start.
 */
import type { Chunk, Shape } from "./grid";
import {
  type Line,
  type Metrics,
  hasIdentityLabel,
  isColumnLabel,
  isGroupLabel,
  isNumberingRow,
  tableHeaderChunks,
} from "./layout-lines";
import { MARK, markColumns, overlaps, splitAcross, splitAtLabels, splitByMarks } from "./layout-header-words";
import { TABLE_KELENGKAPAN_LABEL, TABLE_KETERANGAN_LABEL, TABLE_OUTPUT_LABEL, TABLE_WAKTU_LABEL } from "./labels";

export type ColumnRole = "no" | "activity" | "actor" | "kelengkapan" | "waktu" | "output" | "keterangan" | "other";

export interface Column {
  role: ColumnRole;
  label: string;
  x0: number;
  x1: number;
  /** A body chunk starting at or after this x (and before the next column's) is in this column. */
  start: number;
}

export interface TableHeader {
  columns: Column[];
  /** Group labels as printed (defaults when the header has none). */
  actorGroup: string;
  mutuGroup: string;
  /** Line indexes of the header's first and last lines. */
  first: number;
  last: number;
}

const MAX_LINES_ABOVE = 3;
const MAX_LINES_BELOW = 6;
const MUTU_ROLES: ColumnRole[] = ["kelengkapan", "waktu", "output"];

/** Vertically centred header cells spread their lines: more than a line of space ends the header. */
const headerGap = (above: Line, below: Line, m: Metrics) => above.page !== below.page || below.y0 - above.y1 > m.h * 1.5;

const headerWord = (l: Line) => l.chunks.some((c) => isGroupLabel(c.text) || isColumnLabel(c.text));

/** Header lines above the "No" line: group labels and the upper half of wrapped actor names. */
function linesAbove(lines: Line[], h: number, activity: Chunk, m: Metrics): number {
  const taken: number[] = [];
  for (let k = h - 1; k >= Math.max(0, h - MAX_LINES_ABOVE); k--) {
    const l = lines[k];
    if (headerGap(l, lines[k + 1], m) || hasIdentityLabel(l) || l.chunks.some((c) => c.x0 < activity.x1)) break;
    taken.push(k);
  }
  while (taken.length && !headerWord(lines[taken[taken.length - 1]])) taken.pop();
  return taken.length ? taken[taken.length - 1] : h;
}

/**
 * Header lines below the "No" line: the Mutu Baku labels, actor names (wrapped over several lines,
 * interleaved with the labels when the header cells are vertically centred). A line with text
 * under the activity, a number, a mark, or text under the Mutu Baku labels that is no label is body.
 */
function linesBelow(lines: Line[], first: number, h: number, no: Chunk, activity: Chunk, m: Metrics): number {
  let last = h;
  const seen = () => lines.slice(first, last + 1).flatMap((l) => l.chunks.flatMap(splitAtLabels));
  for (let k = h + 1; k <= h + MAX_LINES_BELOW && k < lines.length; k++) {
    const l = lines[k];
    if (headerGap(lines[k - 1], l, m) || isNumberingRow(l) || tableHeaderChunks(l)) break;
    if (l.chunks.some((c) => c.x0 < no.x1 || (c.x0 < activity.x1 && !/kegiatan|aktivitas|prosedur/i.test(c.text)))) break;
    const header = seen();
    // Where the Mutu Baku columns begin: the first of their labels, or the group label over them.
    const mutu = header.filter((c) => isColumnLabel(c.text) || /mutu/i.test(c.text)).map((c) => c.x0);
    const mutuX = mutu.length ? Math.min(...mutu) : Infinity;
    const names = header.filter((c) => !isColumnLabel(c.text) && !/mutu/i.test(c.text));
    const actorLine = l.chunks.every(
      (c) => !MARK.test(c.text) && (mutuX < Infinity ? c.x1 <= mutuX + m.cw : names.some((n) => overlaps(n, c))),
    );
    if (!headerWord(l) && !/^\(.*\)$/.test(l.chunks[0].text) && !actorLine) break;
    last = k;
  }
  return last;
}

/** Header cells of one column: chunks of the header lines overlapping in x, top to bottom. */
function clusters(lines: Line[], first: number, last: number, marks: number[], m: Metrics): { chunks: Chunk[]; groups: Chunk[] } {
  const split = lines
    .slice(first, last + 1)
    .map((l) => l.chunks.flatMap((c) => (isGroupLabel(c.text) ? [c] : splitAtLabels(c).flatMap((p) => splitByMarks(p, marks, m.cw)))));
  const cellsOf = (li: number) => split[li].filter((c) => !isGroupLabel(c.text));
  const byLine = split.map((chunks, li) =>
    chunks.flatMap((c) => (isGroupLabel(c.text) ? [c] : splitAcross(c, split.flatMap((_, oi) => (oi === li ? [] : cellsOf(oi)))))),
  );
  const groups: Chunk[] = [];
  const cells: Chunk[] = [];
  byLine.forEach((chunks, li) => {
    for (const c of chunks) {
      // A label spanning two cells of another header line groups them ("Pelaksana" over the actors).
      const spans = byLine.some((other, oi) => oi !== li && other.filter((o) => overlaps(o, c)).length >= 2);
      // "Pelaksana" under a name is the name's second line ("Pejabat" / "Pelaksana"), not the group.
      const underName = !spans && byLine.some((other, oi) => oi < li && other.some((o) => !isGroupLabel(o.text) && overlaps(o, c)));
      if ((isGroupLabel(c.text) && !underName) || spans) groups.push(c);
      else cells.push(c);
    }
  });
  const sorted = cells.slice().sort((a, b) => a.x0 - b.x0);
  const merged: { members: Chunk[]; x0: number; x1: number }[] = [];
  for (const c of sorted) {
    const cur = merged[merged.length - 1];
    if (cur && c.x0 < cur.x1) {
      cur.members.push(c);
      cur.x1 = Math.max(cur.x1, c.x1);
    } else merged.push({ members: [c], x0: c.x0, x1: c.x1 });
  }
  // Members keep the reading order of the header (cells is line by line, left to right).
  const chunks = merged.map((g) => {
    const members = cells.filter((c) => g.members.includes(c));
    return { text: members.map((c) => c.text).join(" "), x0: g.x0, x1: g.x1 };
  });
  return { chunks, groups };
}

function roleOf(label: string): ColumnRole | null {
  if (TABLE_KELENGKAPAN_LABEL.test(label)) return "kelengkapan";
  if (TABLE_WAKTU_LABEL.test(label)) return "waktu";
  if (TABLE_OUTPUT_LABEL.test(label)) return "output";
  if (TABLE_KETERANGAN_LABEL.test(label)) return "keterangan";
  return null;
}

/** Index of the first header line when the "No" line `h` is the middle of a header. */
export function headerStart(lines: Line[], h: number, m: Metrics): number {
  const found = tableHeaderChunks(lines[h]);
  return found ? linesAbove(lines, h, found.activity, m) : h;
}

/** The header whose "No" line is `h`; null when line `h` is no table header. */
export function readHeader(lines: Line[], h: number, m: Metrics, shapes: Shape[] = []): TableHeader | null {
  const found = tableHeaderChunks(lines[h]);
  if (!found) return null;
  const first = linesAbove(lines, h, found.activity, m);
  const last = linesBelow(lines, first, h, found.no, found.activity, m);
  const below = shapes.filter((s) => s.y0 >= lines[last].y1).map((s) => (s.x0 + s.x1) / 2);
  const marks = markColumns(lines, last + 1, found.activity.x1, m.cw, below);
  const { chunks, groups } = clusters(lines, first, last, marks, m);
  const noCell = chunks.find((c) => overlaps(c, found.no)) ?? found.no;
  const activityCell = chunks.find((c) => overlaps(c, found.activity)) ?? found.activity;

  const columns: Column[] = [
    { role: "no", label: noCell.text, x0: noCell.x0, x1: noCell.x1, start: -Infinity },
    { role: "activity", label: activityCell.text, x0: activityCell.x0, x1: activityCell.x1, start: 0 },
  ];
  let afterActors = false;
  for (const c of chunks.filter((c) => c.x0 >= activityCell.x1)) {
    const role = roleOf(c.text);
    if (role) afterActors = true;
    columns.push({ role: role ?? (afterActors ? "other" : "actor"), label: c.text, x0: c.x0, x1: c.x1, start: 0 });
  }
  for (let k = 1; k < columns.length; k++) {
    const prev = columns[k - 1];
    const cur = columns[k];
    // Headers are centred or left-aligned in their cells; body text starts at the cell's left edge,
    // which lies between the previous header's end and this header's start (give or take the
    // rounding of a character grid, so a little before the end of a wide header). Only the wide
    // activity cell leaves room for continuation lines indented past its header.
    const room = prev.role === "activity" ? Math.min(m.cw, (cur.x0 - prev.x1) / 2) : -Math.min(2 * m.cw, (prev.x1 - prev.x0) / 4);
    cur.start = Math.min(cur.x0, prev.x1 + room);
  }
  const actorGroup = groups.find((g) => /pelaksana|tim/i.test(g.text))?.text ?? "Pelaksana";
  const mutuGroup = groups.find((g) => /mutu/i.test(g.text))?.text ?? "Mutu Baku";
  return { columns, actorGroup, mutuGroup, first, last };
}

/** Column index of a chunk starting at x. */
export function columnAt(columns: Column[], x: number): number {
  let k = 0;
  while (k + 1 < columns.length && columns[k + 1].start <= x) k++;
  return k;
}

/**
 * The actor column of a mark or a drawn shape centred at x: marks and headers are both centred in
 * their cells, so the nearest header centre tells the column (null when that is no actor).
 */
export function actorColumnAt(columns: Column[], x: number): number | null {
  let best = 0;
  columns.forEach((c, k) => {
    if (Math.abs((c.x0 + c.x1) / 2 - x) < Math.abs((columns[best].x0 + columns[best].x1) / 2 - x)) best = k;
  });
  return columns[best].role === "actor" ? best : null;
}

/** The two header rows in the seed shape: group labels above, actor and Mutu Baku labels below. */
export function headerRows(header: TableHeader): [string[], string[]] {
  const top: string[] = [];
  const bottom: string[] = [];
  let actorSeen = false;
  let mutuSeen = false;
  for (const c of header.columns) {
    if (c.role === "actor") {
      top.push(actorSeen ? "" : header.actorGroup);
      bottom.push(c.label);
      actorSeen = true;
    } else if (MUTU_ROLES.includes(c.role)) {
      top.push(mutuSeen ? "" : header.mutuGroup);
      bottom.push(c.label);
      mutuSeen = true;
    } else {
      top.push(c.label);
      bottom.push("");
    }
  }
  return [top, bottom];
}

export const headerSignature = (header: TableHeader) => header.columns.map((c) => c.label.toLowerCase()).join("|");
