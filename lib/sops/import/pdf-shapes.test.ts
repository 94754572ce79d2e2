// Shape classification on path data as pdfjs hands it over (page space, y downward).
import { describe, expect, it } from "vitest";
import { classify, IDENTITY, pickSymbols, subpaths, type Box } from "./pdf-shapes";
import type { ShapeKind } from "./grid";

const M = 0;
const L = 1;
const C = 2;
const Z = 4;

const rect = (x: number, y: number, w: number, h: number) => [M, x, y, L, x + w, y, L, x + w, y + h, L, x, y + h, Z];

/** A rectangle with corners of radius r drawn as cubic curves (what CSS border-radius and SVG rx print as). */
function roundedRect(x: number, y: number, w: number, h: number, r: number): number[] {
  const k = 0.5523 * r;
  return [
    M, x + r, y,
    L, x + w - r, y,
    C, x + w - r + k, y, x + w, y + r - k, x + w, y + r,
    L, x + w, y + h - r,
    C, x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h,
    L, x + r, y + h,
    C, x + r - k, y + h, x, y + h - r + k, x, y + h - r,
    L, x, y + r,
    C, x, y + r - k, x + r - k, y, x + r, y,
    Z,
  ];
}

/** A rounded rectangle as Chromium prints it: every quarter circle flattened into `pieces` short cubic segments. */
function flattenedRoundedRect(x: number, y: number, w: number, h: number, r: number, pieces = 8): number[] {
  const out: number[] = [M, x + r, y];
  const arc = (cx: number, cy: number, from: number) => {
    for (let k = 1; k <= pieces; k++) {
      const a0 = from + ((k - 1) * Math.PI) / 2 / pieces;
      const a1 = from + (k * Math.PI) / 2 / pieces;
      const p0 = [cx + r * Math.cos(a0), cy + r * Math.sin(a0)];
      const p1 = [cx + r * Math.cos(a1), cy + r * Math.sin(a1)];
      out.push(C, p0[0] + (p1[0] - p0[0]) / 3, p0[1] + (p1[1] - p0[1]) / 3, p0[0] + (2 * (p1[0] - p0[0])) / 3, p0[1] + (2 * (p1[1] - p0[1])) / 3, p1[0], p1[1]);
    }
  };
  out.push(L, x + w - r, y);
  arc(x + w - r, y + r, -Math.PI / 2);
  out.push(L, x + w, y + h - r);
  arc(x + w - r, y + h - r, 0);
  out.push(L, x + r, y + h);
  arc(x + r, y + h - r, Math.PI / 2);
  out.push(L, x, y + r);
  arc(x + r, y + r, Math.PI);
  out.push(Z);
  return out;
}

const kindOf = (data: number[]) => subpaths(data, IDENTITY).map((p) => classify(p)?.kind ?? null);

describe("classify", () => {
  it("tells rectangles, rhombi, ellipses and pills apart", () => {
    expect(kindOf(rect(10, 10, 40, 20))).toEqual(["process"]);
    expect(kindOf([M, 30, 10, L, 50, 20, L, 30, 30, L, 10, 20, Z])).toEqual(["decision"]);
    expect(kindOf(roundedRect(10, 10, 60, 20, 10))).toEqual(["terminator"]); // a pill: Mulai / Selesai
    expect(kindOf(roundedRect(10, 10, 60, 20, 2))).toEqual(["process"]); // a box with softened corners
  });

  it("reads curves flattened into many short segments (Chromium's print) by how far they keep from the corners", () => {
    expect(kindOf(flattenedRoundedRect(10, 10, 60, 20, 10))).toEqual(["terminator"]);
    expect(kindOf(flattenedRoundedRect(10, 10, 60, 60, 30))).toEqual(["terminator"]); // a circle
    expect(kindOf(flattenedRoundedRect(10, 10, 60, 20, 2))).toEqual(["process"]);
  });

  it("ignores open paths, lines, arrowheads, pentagons and tiny marks", () => {
    expect(kindOf([M, 10, 10, L, 300, 10])).toEqual([null]); // a rule
    expect(kindOf([M, 10, 10, L, 50, 10, L, 50, 30])).toEqual([null]); // open polyline (connector)
    expect(kindOf([M, 0, 0, L, 6, 0, L, 3, 5, Z])).toEqual([null]); // arrowhead
    expect(kindOf([M, 0, 0, L, 20, 0, L, 20, 10, L, 10, 16, L, 0, 10, Z])).toEqual([null]); // off-page connector
    expect(kindOf(rect(0, 0, 3, 3))).toEqual([null]); // a bullet
    expect(kindOf(rect(0, 0, 200, 0.8))).toEqual([null]); // a border drawn as a thin filled box
  });

  it("reads a path of 200 000 points (a traced drawing) without failing", () => {
    const data: number[] = [M, 0, 0];
    for (let i = 1; i <= 200_000; i++) data.push(L, i / 1000, Math.sin(i / 100) * 50);
    expect(kindOf(data)).toEqual([null]);
  });

  it("follows the transformation (a PDF's y grows upward)", () => {
    const flip: [number, number, number, number, number, number] = [1, 0, 0, -1, 0, 595];
    const [path] = subpaths(rect(10, 500, 40, 20), flip);
    expect(classify(path)).toEqual({ kind: "process", box: { x0: 10, x1: 50, y0: 75, y1: 95 } });
  });
});

const box = (x0: number, y0: number, w: number, h: number): Box => ({ x0, x1: x0 + w, y0, y1: y0 + h });
const candidate = (kind: ShapeKind, b: Box) => ({ kind, box: b });

describe("pickSymbols", () => {
  it("keeps one symbol for a fill, its stroke and a border ring", () => {
    const shapes = pickSymbols([candidate("process", box(100, 100, 30, 14)), candidate("process", box(101, 101, 28, 12)), candidate("process", box(100, 100, 30, 14))], 842);
    expect(shapes).toEqual([{ kind: "process", x0: 100, x1: 130, y0: 100, y1: 114 }]);
  });

  it("drops table cells that tile, a cell holding a mark, and page-wide boxes", () => {
    const cells = [box(40, 200, 60, 30), box(100, 200, 60, 30), box(40, 230, 60, 30)].map((b) => candidate("process", b));
    const cellWithMark = candidate("process", box(300, 200, 60, 30));
    const mark = candidate("process", box(312, 207, 36, 16));
    const page = candidate("process", box(0, 0, 842, 595));
    expect(pickSymbols([...cells, cellWithMark, mark, page], 842)).toEqual([{ kind: "process", x0: 312, x1: 348, y0: 207, y1: 223 }]);
  });

  it("drops the number badge inside a diamond and a header cell touching its neighbours along part of an edge", () => {
    const diamond = candidate("decision", box(100, 100, 80, 60));
    const badge = candidate("terminator", box(104, 110, 16, 16));
    const keterangan = candidate("process", box(700, 30, 60, 60)); // spans two header rows
    const output = candidate("process", box(640, 60, 60, 30));
    expect(pickSymbols([diamond, badge, keterangan, output], 842)).toEqual([{ kind: "decision", x0: 100, x1: 180, y0: 100, y1: 160 }]);
  });

  it("compares a bounded number of outlines on a page of thousands (a hatched picture)", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => candidate("process", box((i % 100) * 8, Math.floor(i / 100) * 8, 5, 5)));
    const started = Date.now();
    pickSymbols(many, 842);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("keeps stacked symbols that do not touch, in reading order", () => {
    const shapes = pickSymbols([candidate("decision", box(100, 160, 30, 20)), candidate("process", box(100, 100, 30, 20)), candidate("terminator", box(200, 40, 30, 14))], 842);
    expect(shapes.map((s) => s.kind)).toEqual(["terminator", "process", "decision"]);
  });
});
