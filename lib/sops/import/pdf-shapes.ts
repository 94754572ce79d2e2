/**
 * Flowchart symbols from a PDF page's drawing operations: closed paths become process boxes
 * (axis-aligned rectangles, slightly rounded ones included), decisions (rhombi) and terminators
 * (ellipses, pills). Table borders, cell fills, lanes, arrows, arrowheads and tiny marks are left out.
 * Pure: works on the operator list's numbers, so it is tested without pdfjs.
 */
import type { Shape, ShapeKind } from "./grid";

/** A 2D affine matrix [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `inner` first, then `outer`. */
export function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** pdfjs's path opcodes inside `constructPath` (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;

interface Subpath {
  points: [number, number][];
  curves: { from: [number, number]; to: [number, number] }[];
  closed: boolean;
}

/** Splits pdfjs path data into subpaths, every point already mapped by `m` (to page space). */
export function subpaths(data: ArrayLike<number>, m: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath | null = null;
  const last = () => current!.points[current!.points.length - 1];
  let i = 0;
  while (i < data.length) {
    const op = data[i++];
    if (op === MOVE) {
      current = { points: [apply(m, data[i], data[i + 1])], curves: [], closed: false };
      out.push(current);
      i += 2;
    } else if ((op === LINE || op === CURVE || op === QUADRATIC) && current) {
      const n = op === LINE ? 2 : op === CURVE ? 6 : 4;
      const to = apply(m, data[i + n - 2], data[i + n - 1]);
      if (op !== LINE) current.curves.push({ from: last(), to });
      current.points.push(to);
      i += n;
    } else if (op === CLOSE && current) {
      current.closed = true;
    } else {
      return out; // unknown opcode: stop rather than misread the numbers that follow
    }
  }
  return out;
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function bounds(points: [number, number][]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;

/** The corners of a polygon: consecutive duplicates and the closing repeat removed. */
function vertices(points: [number, number][], tolerance: number): [number, number][] {
  const out: [number, number][] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (!prev || !near(prev[0], p[0], tolerance) || !near(prev[1], p[1], tolerance)) out.push(p);
  }
  while (out.length > 1 && near(out[0][0], out[out.length - 1][0], tolerance) && near(out[0][1], out[out.length - 1][1], tolerance)) out.pop();
  return out;
}

/** Smallest symbol side kept (points): smaller closed paths are ticks, bullets and line strokes. */
export const MIN_SYMBOL_SIDE = 4;
/** A curved outline whose corner radius reaches this share of its short side is a terminator. */
const TERMINATOR_RADIUS_SHARE = 0.3;

/** The kind of one closed subpath, or null when it is no flowchart symbol. */
export function classify(path: Subpath): { kind: ShapeKind; box: Box } | null {
  const all = [...path.points];
  const box = bounds(all);
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  if (w < MIN_SYMBOL_SIDE || h < MIN_SYMBOL_SIDE) return null;
  const tolerance = Math.max(0.5, Math.min(w, h) * 0.05);
  const first = all[0];
  const end = all[all.length - 1];
  const closed = path.closed || (near(first[0], end[0], tolerance) && near(first[1], end[1], tolerance));
  if (!closed) return null;

  if (path.curves.length > 0) {
    // Ellipses and pills are curves all round; a box with rounded corners has short corner curves.
    const radii = path.curves.map((c) => Math.min(Math.abs(c.to[0] - c.from[0]), Math.abs(c.to[1] - c.from[1]))).sort((a, b) => a - b);
    const radius = radii[Math.floor(radii.length / 2)];
    return { kind: radius >= TERMINATOR_RADIUS_SHARE * Math.min(w, h) ? "terminator" : "process", box };
  }

  const corners = vertices(all, tolerance);
  if (corners.length !== 4) return null;
  const onCorner = corners.every(([x, y]) => (near(x, box.x0, tolerance) || near(x, box.x1, tolerance)) && (near(y, box.y0, tolerance) || near(y, box.y1, tolerance)));
  if (onCorner) return { kind: "process", box };
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  const onMidpoint = corners.every(
    ([x, y]) => (near(x, cx, tolerance) && (near(y, box.y0, tolerance) || near(y, box.y1, tolerance))) || (near(y, cy, tolerance) && (near(x, box.x0, tolerance) || near(x, box.x1, tolerance))),
  );
  return onMidpoint ? { kind: "decision", box } : null;
}

/** Within this many points on every side, two outlines are one symbol (a border ring, a fill and its stroke). */
const SAME_SYMBOL_MARGIN = 3;
/** Wider than this share of the page: a table row, a table or the page itself. */
const MAX_SYMBOL_WIDTH_SHARE = 0.4;

function contains(outer: Box, inner: Box): boolean {
  return inner.x0 >= outer.x0 - 0.5 && inner.x1 <= outer.x1 + 0.5 && inner.y0 >= outer.y0 - 0.5 && inner.y1 <= outer.y1 + 0.5;
}

function sameSymbol(a: Box, b: Box): boolean {
  return near(a.x0, b.x0, SAME_SYMBOL_MARGIN) && near(a.x1, b.x1, SAME_SYMBOL_MARGIN) && near(a.y0, b.y0, SAME_SYMBOL_MARGIN) && near(a.y1, b.y1, SAME_SYMBOL_MARGIN);
}

/** Two boxes of a grid: they share a whole edge (side by side with the same top and bottom, or stacked). */
function abut(a: Box, b: Box): boolean {
  const t = 1;
  const sideBySide = near(a.y0, b.y0, t) && near(a.y1, b.y1, t) && (near(a.x1, b.x0, t) || near(b.x1, a.x0, t));
  const stacked = near(a.x0, b.x0, t) && near(a.x1, b.x1, t) && (near(a.y1, b.y0, t) || near(b.y1, a.y0, t));
  return sideBySide || stacked;
}

/**
 * The symbols among the candidate outlines of one page: one per drawn symbol (the outer outline
 * where a fill, a stroke or a border ring repeat it), without containers (cells, lanes, frames that
 * hold another outline), grid cells (rectangles that tile with a neighbour) and page-wide boxes.
 */
export function pickSymbols(candidates: { kind: ShapeKind; box: Box }[], pageWidth: number): Shape[] {
  const narrow = candidates.filter((c) => c.box.x1 - c.box.x0 <= pageWidth * MAX_SYMBOL_WIDTH_SHARE);
  // Largest first, so the outer outline of a symbol is the one kept.
  const sorted = [...narrow].sort((a, b) => (b.box.x1 - b.box.x0) * (b.box.y1 - b.box.y0) - (a.box.x1 - a.box.x0) * (a.box.y1 - a.box.y0));
  const symbols: { kind: ShapeKind; box: Box }[] = [];
  for (const c of sorted) {
    if (symbols.some((s) => sameSymbol(s.box, c.box))) continue;
    symbols.push(c);
  }
  const kept = symbols.filter((s, i) => {
    const container = symbols.some((o, j) => j !== i && contains(s.box, o.box));
    const cell = s.kind === "process" && symbols.some((o, j) => j !== i && o.kind === "process" && abut(s.box, o.box));
    return !container && !cell;
  });
  return kept
    .map(({ kind, box }) => ({ kind, x0: box.x0, x1: box.x1, y0: box.y0, y1: box.y1 }))
    .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}
