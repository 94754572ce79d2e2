// readPdf on PDFs drawn with pdf-lib the way a word processor exports an SOP AP, and on the PDFs
// an import must refuse.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SOP_PDF_MAX_PAGES } from "../constants";
import { buildImageOnlyPdf, buildManyPagesPdf, buildSopPdf, PAGE, type PdfSop } from "./__pdf__/build-sop-pdf";
import { PUSKESMAS_SOP } from "./__pdf__/sample-sops";
import type { PositionedLine, PositionedPage } from "./grid";
import { PdfRefusal, readPdf } from "./pdf";


const texts = (line: PositionedLine) => line.chunks.map((c) => c.text);
const lineWith = (page: PositionedPage, text: string) => page.lines.find((l) => l.chunks.some((c) => c.text === text));

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PdfRefusal);
  return (error as Error).message;
}

describe("readPdf: text", () => {
  it("reads lines top to bottom with y growing downward and the cells of a row as separate chunks", async () => {
    const { bytes } = await buildSopPdf([PUSKESMAS_SOP]);
    const [page] = await readPdf(bytes);
    expect(page.page).toBe(1);
    expect(page.width).toBe(PAGE.width);
    expect(page.lines.map((l) => l.line)).toEqual(page.lines.map((_, i) => i + 1));
    // The page header is the first line, near the top.
    expect(texts(page.lines[0])).toEqual(["Dokumen terkendali - Dinas Contoh", "Halaman 1"]);
    expect(page.lines[0].y0).toBeLessThan(30);
    for (let i = 1; i < page.lines.length; i++) expect(page.lines[i].y0).toBeGreaterThanOrEqual(page.lines[i - 1].y0);
    for (const line of page.lines) expect(line.y1).toBeGreaterThan(line.y0);

    // Identity block in two columns: the organisation on the left shares a line with a label on the right.
    expect(texts(lineWith(page, "DINAS KESEHATAN")!)).toEqual(["DINAS KESEHATAN", "Tgl Pembuatan", ":", "10 Januari 2022"]);
    const nomor = lineWith(page, "Nomor SOP")!;
    expect(nomor.chunks.find((c) => c.text === "440/001/PKM")).toMatchObject({ x0: 540 });

    // A table row: number, first line of the wrapped activity and the Mutu Baku cells apart.
    const row = lineWith(page, "Menerima surat masuk dari pemohon dan")!;
    expect(texts(row)).toEqual(["1", "Menerima surat masuk dari pemohon dan", "Buku agenda", "30 detik", "Surat"]);
    const wrapped = page.lines[page.lines.indexOf(row) + 1];
    expect(texts(wrapped)).toEqual(["mencatat dalam buku agenda surat masuk"]);
    expect(wrapped.chunks[0].x0).toBe(row.chunks[1].x0);
    expect(wrapped.y0).toBeGreaterThan(row.y0);
  });

  it("keeps the actor headers of neighbouring columns apart at the rule between them, though their text nearly touches", async () => {
    const { bytes, actorColumns } = await buildSopPdf([PUSKESMAS_SOP]);
    const [page] = await readPdf(bytes);
    const header = lineWith(page, "Ka Puskesmas")!;
    expect(texts(header)).toEqual(["Ka Puskesmas", "Staf TU", "Pemohon", "Kelengkapan", "Waktu", "Output"]);
    const columns = actorColumns(3);
    header.chunks.slice(0, 3).forEach((chunk, i) => {
      expect(chunk.x0).toBeGreaterThanOrEqual(columns[i].x0);
      expect(chunk.x1).toBeLessThanOrEqual(columns[i].x1);
    });
  });
});

describe("readPdf: flowchart shapes", () => {
  it("finds one symbol per step, of the drawn kind, where it was drawn; not the grid, arrows or arrowheads", async () => {
    const built = await buildSopPdf([PUSKESMAS_SOP]);
    const [page] = await readPdf(built.bytes);
    expect(page.shapes.map((s) => s.kind)).toEqual(["terminator", "decision", "process", "terminator"]);
    page.shapes.forEach((shape, i) => {
      const drawn = built.shapes[i];
      for (const key of ["x0", "x1", "y0", "y1"] as const) expect(shape[key]).toBeCloseTo(drawn[key], 0);
    });
    // Each symbol sits in its step's actor column and on its step's row (y downward).
    const columns = built.actorColumns(3);
    PUSKESMAS_SOP.steps.forEach((step, i) => {
      const shape = page.shapes[i];
      expect(shape.x0).toBeGreaterThan(columns[step.actor].x0);
      expect(shape.x1).toBeLessThan(columns[step.actor].x1);
      const row = lineWith(page, String(step.no))!;
      expect(shape.y0).toBeGreaterThan(row.y0 - 4);
      expect(shape.y0).toBeLessThan(row.y1 + 12);
    });
  });

  it("reads several SOPs over several pages, each page with its own header, rows and symbols", async () => {
    const long: PdfSop = {
      ...PUSKESMAS_SOP,
      identity: [["Nomor SOP", "440/002/PKM"], ["Nama SOP", "Pengarsipan Dokumen"]],
      steps: Array.from({ length: 16 }, (_, i) => ({
        no: i + 1,
        activity: `Langkah ${i + 1}: memeriksa dan mencatat berkas yang diterima oleh petugas sebelum diteruskan ke atasan langsung`,
        actor: i % 3,
        decision: i === 7,
        kelengkapan: "Berkas",
        waktu: `${i + 1} menit`,
        output: "Catatan",
      })),
    };
    const built = await buildSopPdf([PUSKESMAS_SOP, long]);
    const pages = await readPdf(built.bytes);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => i + 1));
    for (const page of pages) expect(texts(page.lines[0])).toEqual(["Dokumen terkendali - Dinas Contoh", `Halaman ${page.page}`]);
    expect(lineWith(pages[1], "440/002/PKM")).toBeDefined();
    // Every drawn symbol is found on its page, and nothing else.
    for (const page of pages) {
      const drawn = built.shapes.filter((s) => s.page === page.page);
      expect(page.shapes.map((s) => s.kind)).toEqual(drawn.map((s) => s.kind));
    }
    const continued = pages[2];
    expect(lineWith(continued, "Kegiatan")).toBeDefined(); // the header repeated on the next page
    expect(continued.shapes.length).toBeGreaterThan(0);
    expect(pages.flatMap((p) => p.shapes).filter((s) => s.kind === "decision")).toHaveLength(2);
  });
});

describe("readPdf: refusals", () => {
  it("refuses an encrypted PDF", async () => {
    const bytes = readFileSync(path.join(import.meta.dirname, "__pdf__", "encrypted.pdf"));
    expect(await refusalOf(readPdf(bytes))).toMatch(/dilindungi kata sandi/);
  });

  it("refuses bytes that are not a PDF, and a truncated PDF", async () => {
    expect(await refusalOf(readPdf(new TextEncoder().encode("Nomor SOP\t001\nNama SOP\tContoh")))).toMatch(/bukan PDF yang utuh/);
    const { bytes } = await buildSopPdf([PUSKESMAS_SOP]);
    expect(await refusalOf(readPdf(bytes.slice(0, 400)))).toMatch(/bukan PDF yang utuh/);
  });

  it("refuses a scanned PDF (pictures only) saying it has no text layer", async () => {
    expect(await refusalOf(readPdf(await buildImageOnlyPdf()))).toMatch(/tidak memiliki lapisan teks \(hasil pindaian\).*OCR/);
  });

  it("refuses a PDF of more pages than the limit, naming both numbers", async () => {
    expect(SOP_PDF_MAX_PAGES).toBeLessThan(500);
    const started = Date.now();
    const message = await refusalOf(readPdf(await buildManyPagesPdf(500)));
    expect(message).toContain("500 halaman");
    expect(message).toContain(`batas ${SOP_PDF_MAX_PAGES} halaman`);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it("reads a PDF within a lower page limit given by the caller", async () => {
    const bytes = await buildManyPagesPdf(3);
    expect(await readPdf(bytes, { maxPages: 3 })).toHaveLength(3);
    expect(await refusalOf(readPdf(bytes, { maxPages: 2 }))).toContain("3 halaman");
  });
});
