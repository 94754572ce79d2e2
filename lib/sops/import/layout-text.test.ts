// Column-laid-out text (pdftotext -layout) is told apart from the tab-separated seed conversions and
// cut into positioned chunks at runs of spaces.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isColumnLaidOut, textToPages } from "./layout-text";
import { SEED_FILES, readSeed } from "./seed-files";

const LAID_OUT = [
  "PEMERINTAH PROVINSI          No. SOP           001/SOP/2022",
  "DINAS KESEHATAN              Tgl Pembuatan     2 Januari 2022",
  "",
  "No   Kegiatan                 Staf TU   Kadis   Waktu",
  "1    Menerima surat masuk     X                 5 menit",
].join("\n");

describe("isColumnLaidOut", () => {
  it("is false for every seed document and every fixture (tabs, HTML or markdown)", () => {
    for (const name of Object.values(SEED_FILES)) expect(isColumnLaidOut(readSeed(name)), name).toBe(false);
    const dir = new URL("./__fixtures__/", import.meta.url);
    const fixtures = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(fixtures.length).toBeGreaterThan(20);
    for (const name of fixtures) expect(isColumnLaidOut(readFileSync(new URL(name, dir), "utf8")), name).toBe(false);
  });

  it("is true for pdftotext -layout output and false for prose or an empty text", () => {
    expect(isColumnLaidOut(LAID_OUT)).toBe(true);
    expect(isColumnLaidOut("Standar operasional prosedur ini berlaku\nsejak tanggal ditetapkan.\nSelesai.")).toBe(false);
    expect(isColumnLaidOut("")).toBe(false);
    // One tab makes it a tab-separated conversion, which the seed rules read.
    expect(isColumnLaidOut(`${LAID_OUT}\nNomor SOP\t12`)).toBe(false);
  });
});

describe("textToPages", () => {
  it("cuts lines at runs of two or more spaces, x in character columns, y the line index", () => {
    const [page] = textToPages(LAID_OUT);
    expect(page).toMatchObject({ page: 1, shapes: [] });
    expect(page.lines.map((l) => l.line)).toEqual([1, 2, 4, 5]); // the blank line leaves a y gap
    expect(page.lines[0]).toEqual({
      line: 1,
      y0: 0,
      y1: 1,
      chunks: [
        { text: "PEMERINTAH PROVINSI", x0: 0, x1: 19 },
        { text: "No. SOP", x0: 29, x1: 36 },
        { text: "001/SOP/2022", x0: 47, x1: 59 },
      ],
    });
    expect(page.lines[3].chunks.map((c) => [c.text, c.x0])).toEqual([
      ["1", 0],
      ["Menerima surat masuk", 5],
      ["X", 30],
      ["5 menit", 48],
    ]);
  });

  it("splits pages at form feeds, numbering lines within each page", () => {
    const pages = textToPages("Halaman satu\n\n  - 1 -\n\fNo   Kegiatan\n1    Mulai\n\f");
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    expect(pages[0].lines.map((l) => [l.line, l.chunks[0].text, l.chunks[0].x0])).toEqual([
      [1, "Halaman satu", 0],
      [3, "- 1 -", 2],
    ]);
    expect(pages[1].lines.map((l) => [l.line, l.y0, l.chunks.map((c) => c.text)])).toEqual([
      [1, 0, ["No", "Kegiatan"]],
      [2, 1, ["1", "Mulai"]],
    ]);
  });
});
