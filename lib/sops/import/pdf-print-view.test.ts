// readPdf on what Chromium prints from the portal's own print view (tests/e2e/sop-pdf.spec.ts saved
// it): seed SOP "Penanganan Surat Keluar" of Dinas Sosial, six steps, steps 3 to 5 decisions. The
// procedure table draws each step's mark in its actor's column, "Mulai"/"Selesai" as pills; the
// flowchart pages draw boxes and diamonds. Table borders, cell fills, swimlanes, arrows, dashed
// borders and number badges must not come out as symbols.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Chunk, PositionedPage } from "./grid";
import { readPdf } from "./pdf";

let pages: PositionedPage[];
beforeAll(async () => {
  pages = await readPdf(readFileSync(path.join(import.meta.dirname, "__pdf__", "print-view-surat-keluar.pdf")));
});

const chunk = (page: PositionedPage, text: string): Chunk & { y0: number; y1: number } => {
  for (const line of page.lines) {
    const found = line.chunks.find((c) => c.text === text);
    if (found) return { ...found, y0: line.y0, y1: line.y1 };
  }
  throw new Error(`"${text}" not on page ${page.page}`);
};
const centre = (s: { x0: number; x1: number }) => (s.x0 + s.x1) / 2;

describe("readPdf on the portal's printed SOP", () => {
  it("reads the identity block with labels and values apart", () => {
    const [first] = pages;
    expect(first.width).toBeCloseTo(841.9, 0); // A4 landscape
    const nomor = first.lines.find((l) => l.chunks[0]?.text === "Nomor SOP")!;
    expect(nomor.chunks.map((c) => c.text)).toEqual(["Nomor SOP", "2 Tahun 2020"]);
    const nama = first.lines.find((l) => l.chunks[0]?.text === "Nama SOP")!;
    expect(nama.chunks.map((c) => c.text)).toEqual(["Nama SOP", "Penanganan Surat Keluar"]);
    expect(chunk(first, "DINAS SOSIAL").x1).toBeLessThan(chunk(first, "Nomor SOP").x0);
  });

  it("finds each step's mark in its actor's column and on its row, the Mulai and Selesai pills, and nothing else", () => {
    const table = pages[1];
    const marks = table.shapes.filter((s) => s.kind === "process");
    expect(marks).toHaveLength(6);
    // Columns by their header words: Kasubag TU/ Sub Koordinator Substansi, Pengadministrasi Umum, Sekretaris/ Kepala Bidang, Kepala Dinas.
    const column = { kasubag: chunk(table, "Kasubag TU/"), admin: chunk(table, "Pengadministrasi"), sekretaris: chunk(table, "Sekretaris/"), kadis: chunk(table, "Dinas") };
    const actors = [column.kasubag, column.admin, column.kasubag, column.sekretaris, column.kadis, column.admin];
    const rows = ["1", "2", "3", "4", "5", "6"].map((no) => table.lines.find((l) => l.chunks[0]?.text === no && l.chunks[0].x0 < 60)!);
    marks.forEach((mark, i) => {
      expect(centre(mark)).toBeGreaterThan(actors[i].x0 - 8);
      expect(centre(mark)).toBeLessThan(actors[i].x1 + 8);
      expect(mark.y0).toBeGreaterThan(rows[i].y0 - 2);
      if (i < 5) expect(mark.y1).toBeLessThan(rows[i + 1].y0);
    });
    const [mulai, selesai] = table.shapes.filter((s) => s.kind === "terminator");
    expect(mulai.y1).toBeLessThanOrEqual(marks[0].y0 + 1);
    expect(centre(mulai)).toBeCloseTo(centre(marks[0]), 0);
    expect(selesai.y0).toBeGreaterThanOrEqual(marks[5].y1 - 1);
    expect(table.shapes).toHaveLength(8);
  });

  it("reads the flowchart's diamonds as decisions, each around its step number, with the labels read once", () => {
    const chart = pages.slice(2);
    const diamonds = chart.flatMap((p) => p.shapes.filter((s) => s.kind === "decision" && s.x1 - s.x0 > 40).map((s) => ({ ...s, page: p })));
    expect(diamonds).toHaveLength(3);
    diamonds.forEach((d, i) => {
      const number = chunk(d.page, String(i + 3));
      expect(number.x0).toBeGreaterThan(d.x0);
      expect(number.x1).toBeLessThan(d.x1);
      expect(number.y0).toBeGreaterThan(d.y0);
      expect(number.y1).toBeLessThan(d.y1);
    });
    const texts = chart.flatMap((p) => p.lines.flatMap((l) => l.chunks.map((c) => c.text)));
    expect(texts.filter((t) => t === "Tidak")).toHaveLength(2);
    expect(texts.some((t) => /TidakTidak|YaYa/.test(t))).toBe(false);
    // The chart's Mulai and Selesai are pills, the plain steps boxes.
    expect(chart[0].shapes.map((s) => s.kind)).toEqual(["terminator", "process"]);
  });
});
