// A known SOP reflowed into random column widths (pdftotext -layout style: cells wrapped within their
// column, the step number on the first or the middle line, the actor's column marked "X", "√" or "■"
// or left blank with the actor named in the activity) must give back the same steps.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LAYOUT_SOPS } from "./__corpus__/layout-sops";
import { type LayoutOptions, type LayoutSop, printedActivity, renderLayout, wrap } from "./__corpus__/render-layout";
import { parseSopDocument } from "./parse";

const longestWord = (texts: string[]) => Math.max(...texts.flatMap((t) => t.split(/\s+/)).map((w) => w.length));
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

function layoutOptions(sop: LayoutSop): fc.Arbitrary<LayoutOptions> {
  const n = sop.steps.length;
  const flags = fc.array(fc.boolean(), { minLength: n, maxLength: n });
  const activities = sop.steps.map((s) => `${s.actor} ${s.activity}`);
  return fc.record({
    margin: fc.integer({ min: 0, max: 4 }),
    gap: fc.integer({ min: 2, max: 5 }),
    widths: fc.record({
      no: fc.integer({ min: 2, max: 4 }),
      activity: fc.integer({ min: Math.max(16, longestWord(activities)), max: 52 }),
      actors: fc.tuple(...sop.actors.map((a) => fc.integer({ min: Math.max(5, longestWord([a])), max: 18 }))),
      kelengkapan: fc.integer({ min: Math.max(11, longestWord(sop.steps.map((s) => s.kelengkapan))), max: 26 }),
      waktu: fc.integer({ min: 5, max: 10 }),
      output: fc.integer({ min: Math.max(6, longestWord(sop.steps.map((s) => s.output))), max: 24 }),
    }),
    centreNumber: flags,
    marked: flags,
    mark: fc.constantFrom("X", "√", "■"),
  });
}

describe("render-layout (the test renderer itself)", () => {
  const sop = LAYOUT_SOPS[0];
  const widths = { no: 2, activity: 20, actors: [16, 8, 10, 8], kelengkapan: 12, waktu: 5, output: 10 };
  const opts: LayoutOptions = {
    margin: 1,
    gap: 2,
    widths,
    centreNumber: sop.steps.map((_, i) => i % 2 === 1),
    marked: sop.steps.map((_, i) => i !== 1),
  };
  const lines = renderLayout(sop, opts).split("\n");
  const table = lines.slice(lines.findIndex((l) => /^ No\s+Kegiatan/.test(l)));
  const columnWidths = [widths.no, widths.activity, ...widths.actors, widths.kelengkapan, widths.waktu, widths.output];
  const starts = columnWidths.map((_, i) => 1 + columnWidths.slice(0, i).reduce((a, b) => a + b + 2, 0));

  it("wraps words within a width and keeps a long word whole", () => {
    expect(wrap("Menerima surat masuk dan mencatat", 14)).toEqual(["Menerima surat", "masuk dan", "mencatat"]);
    expect(wrap("Pengadministrasi Umum", 6)).toEqual(["Pengadministrasi", "Umum"]);
  });

  it("prints no tabs and leaves the two spaces between columns blank on every table line", () => {
    expect(lines.join("\n")).not.toContain("\t");
    for (const line of table) {
      for (let i = 0; i < starts.length - 1; i++) {
        const gapAt = starts[i] + columnWidths[i];
        expect(line.slice(gapAt, gapAt + 2).trim(), line).toBe("");
      }
    }
  });

  it("puts the number on the first or the middle line and an X in the actor's column only when marked", () => {
    const rowOf = (no: number) => table.findIndex((l) => new RegExp(`^ ${no}\\s`).test(l));
    expect(table[rowOf(1)]).toMatch(/^ 1 {3}Menerima surat/);
    const step2 = rowOf(2);
    expect(table[step2 - 2].trim()).toMatch(/^Kepala Dinas\s+Surat dan/);
    expect(table.slice(step2 - 2, step2 + 3).join("\n")).not.toContain("X");
    const xInFirstActor = starts[2] + Math.floor((16 - 1) / 2);
    expect(table.filter((l) => l[xInFirstActor] === "X")).toHaveLength(3);
    expect(table.filter((l) => l.includes("X"))).toHaveLength(5);
  });
});

describe("reflowed SOP AP (pdftotext -layout) give back their steps", () => {
  it.each(LAYOUT_SOPS.map((sop) => ({ sop, name: sop.nama })))("$name", ({ sop }) => {
    fc.assert(
      fc.property(layoutOptions(sop), (opts) => {
        const text = renderLayout(sop, opts);
        const { sops } = parseSopDocument(text, { fileName: "reflow.txt" });
        expect(sops.map((s) => s.nomor)).toEqual([sop.nomor]);
        const steps = sops[0].steps;
        expect(steps.map((s) => s.no)).toEqual(sop.steps.map((s) => s.no));
        expect(steps.map((s) => collapse(s.activity))).toEqual(sop.steps.map((s, i) => printedActivity(s, opts.marked[i])));
        const marked = (xs: (string | null)[]) => xs.filter((_, i) => opts.marked[i]);
        expect(marked(steps.map((s) => s.actor))).toEqual(marked(sop.steps.map((s) => s.actor)));
        expect(steps.map((s) => s.waktu_minutes)).toEqual(sop.steps.map((s) => s.minutes));
      }),
      { numRuns: 40 },
    );
  });
});
