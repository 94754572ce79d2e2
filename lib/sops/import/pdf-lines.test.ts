// Text items into lines and chunks, upright and turned sideways (crowded actor headers).
import { PDFDocument, StandardFonts, degrees } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { readPdf, textItem } from "./pdf";
import { itemsToLines } from "./pdf-lines";
import type { Matrix } from "./pdf-shapes";

const A4_LANDSCAPE_TO_PAGE: Matrix = [1, 0, 0, -1, 0, 595];
const compose = (outer: Matrix, inner: Matrix): Matrix => [
  outer[0] * inner[0] + outer[2] * inner[1],
  outer[1] * inner[0] + outer[3] * inner[1],
  outer[0] * inner[2] + outer[2] * inner[3],
  outer[1] * inner[2] + outer[3] * inner[3],
  outer[0] * inner[4] + outer[2] * inner[5] + outer[4],
  outer[1] * inner[4] + outer[3] * inner[5] + outer[5],
];

describe("textItem", () => {
  it("places upright text at its baseline", () => {
    expect(textItem("Nomor SOP", compose(A4_LANDSCAPE_TO_PAGE, [9, 0, 0, 9, 40, 500]), 48)).toEqual({ text: "Nomor SOP", x: 40, baseline: 95, width: 48, size: 9 });
  });

  it("places text read bottom to top by its box, as Chromium prints a turned header", () => {
    // From the portal's print of Layanan Pengaduan: "Umum", second line of "Pengadministrasi Umum".
    const item = textItem("Umum", compose(A4_LANDSCAPE_TO_PAGE, [0, 8, -8, 0, 222.2, 454.43]), 28.8);
    expect(item.size).toBeCloseTo(8);
    expect(item.x).toBeCloseTo(222.2 - 6.4);
    expect(item.x + item.width).toBeCloseTo(222.2 + 1.6);
    expect(item.baseline + 0.2 * item.size).toBeCloseTo(595 - 454.43); // the line ends at the bottom of the box
    expect(item.top).toBeCloseTo(595 - 454.43 - 28.8);
  });
});

describe("itemsToLines", () => {
  it("joins the lines of one turned name and keeps the names of two columns apart", () => {
    const turned = (text: string, x: number, width: number) => textItem(text, compose(A4_LANDSCAPE_TO_PAGE, [0, 8, -8, 0, x, 454.43]), width);
    const lines = itemsToLines([turned("Pengadminist rasi", 213, 81.5), turned("Umum", 222.2, 28.8), turned("Petugas Pengelola", 236.25, 83.9), turned("Pengaduan", 245.45, 50.6)]);
    expect(lines).toHaveLength(1);
    expect(lines[0].chunks.map((c) => c.text)).toEqual(["Pengadminist rasi Umum", "Petugas Pengelola Pengaduan"]);
    expect(lines[0].y0).toBeCloseTo(595 - 454.43 - 83.9);
  });

  it("reads text drawn twice on one spot once", () => {
    const item = { text: "Tidak", x: 100, baseline: 200, width: 20, size: 8 };
    expect(itemsToLines([item, { ...item }]).map((l) => l.chunks.map((c) => c.text))).toEqual([["Tidak"]]);
  });

  it("reads names turned sideways in a PDF drawn by pdf-lib", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([842, 595]);
    page.drawText("Kepala Biro", { x: 200, y: 400, size: 8, font, rotate: degrees(90) });
    page.drawText("Staf TU", { x: 230, y: 400, size: 8, font, rotate: degrees(90) });
    page.drawText("No", { x: 40, y: 420, size: 8, font });
    const [read] = await readPdf(await doc.save());
    const turned = read.lines.find((l) => l.chunks.some((c) => c.text === "Kepala Biro"))!;
    expect(turned.chunks.map((c) => c.text)).toEqual(["Kepala Biro", "Staf TU"]);
    expect(turned.chunks[0].x1).toBeLessThan(turned.chunks[1].x0);
    expect(turned.y1).toBeCloseTo(595 - 400, 0);
    expect(turned.y0).toBeLessThan(195 - 35);
  });

  it("reads a portrait page turned to landscape by the PDF's /Rotate as it is shown", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.setRotation(degrees(90));
    // Drawn turned, so that the rotated page shows it upright.
    page.drawText("Nomor SOP", { x: 100, y: 100, size: 10, font, rotate: degrees(90) });
    page.drawText("001/2024", { x: 100, y: 200, size: 10, font, rotate: degrees(90) });
    const [read] = await readPdf(await doc.save());
    expect(read.width).toBe(842);
    expect(read.lines.map((l) => l.chunks.map((c) => c.text))).toEqual([["Nomor SOP", "001/2024"]]);
  });
});
