/**
 * Walks a page's operator list, following the current transformation matrix through save/restore,
 * transform and form XObjects, and hands every painted path to the shape classifier. Vertical
 * rules (table borders) are kept too: text on both sides of one belongs to two cells.
 */
import type { Shape } from "./grid";
import { bounds, classify, compose, pickSymbols, subpaths, type Box, type Matrix } from "./pdf-shapes";
import type { ShapeKind } from "./grid";

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** The opcodes used here, named as in pdfjs's OPS. */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  endPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

/** A vertical line (stroked, or a thin filled box) in page space. */
export interface Rule {
  x: number;
  y0: number;
  y1: number;
}

/** Wider than this (points), a vertical box is no rule; shorter than MIN_RULE_LENGTH, no border. */
const MAX_RULE_WIDTH = 2;
const MIN_RULE_LENGTH = 4;

/** Flowchart symbols and vertical rules drawn on a page; `toPage` maps PDF user space to page space (y downward). */
export function readDrawing(list: OperatorList, ops: OpCodes, toPage: Matrix, pageWidth: number): { shapes: Shape[]; rules: Rule[] } {
  let ctm = toPage;
  const stack: Matrix[] = [];
  const candidates: { kind: ShapeKind; box: Box }[] = [];
  const rules: Rule[] = [];
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save || fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = fn === ops.paintFormXObjectBegin ? (args?.[0] as number[] | null) : null;
      if (matrix && matrix.length === 6) ctm = compose(ctm, Array.from(matrix) as Matrix);
    } else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) {
      ctm = stack.pop() ?? toPage;
    } else if (fn === ops.transform && args) {
      ctm = compose(ctm, Array.from(args as number[]) as Matrix);
    } else if (fn === ops.constructPath && args) {
      const [paint, data] = args as [number, ArrayLike<number>[] | ArrayLike<number> | null];
      // A path that is not painted (endPath) only sets a clip.
      if (paint === ops.endPath || !data) return;
      const paths = typeof (data as ArrayLike<number>[])[0] === "number" ? [data as ArrayLike<number>] : (data as ArrayLike<number>[]);
      for (const d of paths) {
        if (!d) continue;
        for (const sub of subpaths(d, ctm)) {
          const { x0, x1, y0, y1 } = bounds(sub.points);
          if (x1 - x0 <= MAX_RULE_WIDTH && y1 - y0 >= MIN_RULE_LENGTH) rules.push({ x: (x0 + x1) / 2, y0, y1 });
          const shape = classify(sub);
          if (shape) candidates.push(shape);
        }
      }
    }
  });
  return { shapes: pickSymbols(candidates, pageWidth), rules };
}
