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
  /** Start and end points of the segments. */
  points: [number, number][];
  /** Points on the outline: the segments' ends and, along each curve, a few points between. */
  outline: [number, number][];
  curved: boolean;
  closed: boolean;
}

type Point = [number, number];

function bezier(p: Point[], t: number): Point {
  const u = 1 - t;
  if (p.length === 3) return [u * u * p[0][0] + 2 * u * t * p[1][0] + t * t * p[2][0], u * u * p[0][1] + 2 * u * t * p[1][1] + t * t * p[2][1]];
  const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [a * p[0][0] + b * p[1][0] + c * p[2][0] + d * p[3][0], a * p[0][1] + b * p[1][1] + c * p[2][1] + d * p[3][1]];
}

/** Splits pdfjs path data into subpaths, every point already mapped by `m` (to page space). */
export function subpaths(data: ArrayLike<number>, m: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath | null = null;
  let i = 0;
  while (i < data.length) {
    const op = data[i++];
    if (op === MOVE) {
      const start = apply(m, data[i], data[i + 1]);
      current = { points: [start], outline: [start], curved: false, closed: false };
      out.push(current);
      i += 2;
    } else if ((op === LINE || op === CURVE || op === QUADRATIC) && current) {
      const n = op === LINE ? 2 : op === CURVE ? 6 : 4;
      const controls: Point[] = [current.points[current.points.length - 1]];
      for (let k = 0; k < n; k += 2) controls.push(apply(m, data[i + k], data[i + k + 1]));
      const to = controls[controls.length - 1];
      if (op !== LINE) {
        current.curved = true;
        for (const t of [0.25, 0.5, 0.75]) current.outline.push(bezier(controls, t));
      }
      current.points.push(to);
      current.outline.push(to);
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

/** The box around points (a loop: a path can hold more points than a spread call takes arguments). */
export function bounds(points: [number, number][]): Box {
  const box = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  for (const [x, y] of points) {
    if (x < box.x0) box.x0 = x;
    if (x > box.x1) box.x1 = x;
    if (y < box.y0) box.y0 = y;
    if (y > box.y1) box.y1 = y;
  }
  return box;
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

/** Smallest symbol side kept (points): smaller closed paths are ticks, bullets, dashes and line strokes. */
export const MIN_SYMBOL_SIDE = 4;
/** A rounded outline whose corner radius reaches this share of its short side is a terminator. */
const TERMINATOR_RADIUS_SHARE = 0.3;
/** How far a circular corner of radius r keeps from its box's corner: r·(√2 − 1). */
const CORNER_CUT_PER_RADIUS = Math.SQRT2 - 1;

/**
 * A rounded outline (curves, or curves flattened into many short lines): a process box with
 * softened corners or a terminator (pill, ellipse), told by how far the outline keeps from the
 * corners of its box; null when it does not touch all four sides or its corners differ (not symmetric).
 */
function roundedKind(outline: Point[], box: Box, tolerance: number): ShapeKind | null {
  const touches = (pick: (p: Point) => boolean) => outline.some(pick);
  const sides = [
    touches((p) => near(p[0], box.x0, tolerance)),
    touches((p) => near(p[0], box.x1, tolerance)),
    touches((p) => near(p[1], box.y0, tolerance)),
    touches((p) => near(p[1], box.y1, tolerance)),
  ];
  if (!sides.every(Boolean)) return null;
  const corners: Point[] = [[box.x0, box.y0], [box.x1, box.y0], [box.x1, box.y1], [box.x0, box.y1]];
  const cuts = corners.map(([cx, cy]) => outline.reduce((least, [x, y]) => Math.min(least, Math.hypot(x - cx, y - cy)), Infinity));
  const [least, most] = [Math.min(...cuts), Math.max(...cuts)];
  if (most - least > Math.max(1, most / 2)) return null;
  const radius = most / CORNER_CUT_PER_RADIUS;
  return radius >= TERMINATOR_RADIUS_SHARE * Math.min(box.x1 - box.x0, box.y1 - box.y0) ? "terminator" : "process";
}

/** The kind of one closed subpath, or null when it is no flowchart symbol. */
export function classify(path: Subpath): { kind: ShapeKind; box: Box } | null {
  const box = bounds(path.outline);
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  if (w < MIN_SYMBOL_SIDE || h < MIN_SYMBOL_SIDE) return null;
  const tolerance = Math.max(0.5, Math.min(w, h) * 0.05);
  const first = path.points[0];
  const end = path.points[path.points.length - 1];
  const closed = path.closed || (near(first[0], end[0], tolerance) && near(first[1], end[1], tolerance));
  if (!closed) return null;

  const corners = vertices(path.points, tolerance);
  if (!path.curved && corners.length === 4) {
    const onCorner = corners.every(([x, y]) => (near(x, box.x0, tolerance) || near(x, box.x1, tolerance)) && (near(y, box.y0, tolerance) || near(y, box.y1, tolerance)));
    if (onCorner) return { kind: "process", box };
    const cx = (box.x0 + box.x1) / 2;
    const cy = (box.y0 + box.y1) / 2;
    const onMidpoint = corners.every(
      ([x, y]) => (near(x, cx, tolerance) && (near(y, box.y0, tolerance) || near(y, box.y1, tolerance))) || (near(y, cy, tolerance) && (near(x, box.x0, tolerance) || near(x, box.x1, tolerance))),
    );
    return onMidpoint ? { kind: "decision", box } : null;
  }
  // Polygons of a few corners (arrowheads, off-page connectors) are no symbols; many short lines are a flattened curve.
  if (!path.curved && corners.length < 12) return null;
  const kind = roundedKind(path.outline, box, tolerance);
  return kind ? { kind, box } : null;
}

/** Within this many points on every side, two outlines are one symbol (a border ring, a fill and its stroke). */
const SAME_SYMBOL_MARGIN = 3;
/** Most closed outlines of one page compared with each other. */
const MAX_CANDIDATES = 3000;
/** Wider than this share of the page: a table row, a table or the page itself. */
const MAX_SYMBOL_WIDTH_SHARE = 0.4;

function contains(outer: Box, inner: Box): boolean {
  return inner.x0 >= outer.x0 - 0.5 && inner.x1 <= outer.x1 + 0.5 && inner.y0 >= outer.y0 - 0.5 && inner.y1 <= outer.y1 + 0.5;
}

function sameSymbol(a: Box, b: Box): boolean {
  return near(a.x0, b.x0, SAME_SYMBOL_MARGIN) && near(a.x1, b.x1, SAME_SYMBOL_MARGIN) && near(a.y0, b.y0, SAME_SYMBOL_MARGIN) && near(a.y1, b.y1, SAME_SYMBOL_MARGIN);
}

/** Two boxes of a grid: an edge of one lies on an edge of the other, along a stretch they share. */
function abut(a: Box, b: Box): boolean {
  const t = 1;
  const overlapY = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > t;
  const overlapX = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > t;
  return (overlapY && (near(a.x1, b.x0, t) || near(b.x1, a.x0, t))) || (overlapX && (near(a.y1, b.y0, t) || near(b.y1, a.y0, t)));
}

/**
 * The symbols among the candidate outlines of one page: one per drawn symbol (the outer outline
 * where a fill, a stroke or a border ring repeat it), without containers (cells, lanes, frames that
 * hold another outline), grid cells (rectangles that tile with a neighbour) and page-wide boxes.
 */
export function pickSymbols(candidates: { kind: ShapeKind; box: Box }[], pageWidth: number): Shape[] {
  // A page of thousands of outlines is a drawing (a map, a hatched picture), not an SOP form: the
  // first ones are read, so the comparisons below stay bounded.
  const narrow = candidates.slice(0, MAX_CANDIDATES).filter((c) => c.box.x1 - c.box.x0 <= pageWidth * MAX_SYMBOL_WIDTH_SHARE);
  // Largest first, so the outer outline of a symbol is the one kept.
  const sorted = [...narrow].sort((a, b) => (b.box.x1 - b.box.x0) * (b.box.y1 - b.box.y0) - (a.box.x1 - a.box.x0) * (a.box.y1 - a.box.y0));
  const symbols: { kind: ShapeKind; box: Box }[] = [];
  for (const c of sorted) {
    if (symbols.some((s) => sameSymbol(s.box, c.box))) continue;
    symbols.push(c);
  }
  // An oval inside a diamond is its step-number badge, not a symbol of its own.
  const badges = new Set(symbols.filter((s) => s.kind === "terminator" && symbols.some((o) => o.kind === "decision" && contains(o.box, s.box))));
  const own = symbols.filter((s) => !badges.has(s));
  const kept = own.filter((s, i) => {
    const container = own.some((o, j) => j !== i && contains(s.box, o.box));
    const cell = s.kind === "process" && own.some((o, j) => j !== i && o.kind === "process" && abut(s.box, o.box));
    return !container && !cell;
  });
  return kept
    .map(({ kind, box }) => ({ kind, x0: box.x0, x1: box.x1, y0: box.y0, y1: box.y1 }))
    .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}
