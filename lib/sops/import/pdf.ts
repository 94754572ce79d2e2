/**
 * PDF files: text items with their positions and the drawn flowchart shapes, read with pdfjs-dist
 * (pure JavaScript, offline) into positioned pages. Node-only; not exported from index.ts.
 * Refuses with an Indonesian message (PdfRefusal): encrypted, corrupt, no text layer (scanned),
 * too many pages, compressed streams that would inflate past the budget.
 */
import { createRequire } from "node:module";
import path from "node:path";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { SOP_PDF_MAX_INFLATED_BYTES, SOP_PDF_MAX_PAGES } from "../constants";
import type { PositionedPage } from "./grid";
import { inflatedTotal } from "./pdf-inflate";
import { ASCENT, DESCENT, itemsToLines, type TextItem } from "./pdf-lines";
import { readDrawing, type OperatorList } from "./pdf-operators";
import { apply, bounds, compose, type Matrix } from "./pdf-shapes";

export class PdfRefusal extends Error {}

export interface PdfLimits {
  maxPages: number;
  maxInflatedBytes: number;
}

export const PDF_MESSAGES = {
  encrypted:
    "Berkas PDF ini dilindungi kata sandi (terenkripsi), sehingga isinya tidak dapat dibaca. Simpan ulang PDF tanpa kata sandi, lalu unggah lagi.",
  corrupt: "Berkas ini bukan PDF yang utuh (rusak, terpotong, atau bukan PDF) dan tidak dapat dibaca. Ekspor ulang PDF-nya, lalu unggah lagi.",
  scanned:
    "PDF ini tidak memiliki lapisan teks (hasil pindaian): isinya hanya gambar, sehingga tidak ada SOP yang dapat dibaca. " +
    "Unggah PDF hasil ekspor dari pengolah kata (Word/LibreOffice), atau jalankan OCR pada PDF ini terlebih dahulu lalu unggah hasilnya.",
  tooManyPages: (pages: number, max: number) =>
    `PDF ini berisi ${pages} halaman, melebihi batas ${max} halaman per berkas. Pisahkan menjadi beberapa berkas, lalu unggah masing-masing.`,
  tooMuchInflated: (max: number) =>
    `Isi berkas PDF terlalu besar setelah diekstrak (lebih dari ${Math.round(max / 1024 / 1024)} MB), sehingga tidak dibaca. ` +
    "Ekspor ulang PDF-nya dari pengolah kata atau pisahkan menjadi beberapa berkas, lalu unggah lagi.",
};

// The legacy build runs in Node 20 without a DOM; the standard fonts keep pdfjs from warning about each font.
function standardFontDataUrl(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts") + path.sep;
}

function refusalOf(error: unknown): PdfRefusal {
  if (error instanceof PdfRefusal) return error;
  const name = (error as { name?: string } | null)?.name;
  return new PdfRefusal(name === "PasswordException" ? PDF_MESSAGES.encrypted : PDF_MESSAGES.corrupt);
}

/**
 * A text item in page space. Text turned sideways (crowded actor headers print their names
 * bottom to top) is placed by its box: its x range is the width of its letters, its line ends at
 * the bottom of the box, so the lines of one turned name sit side by side on one line and merge.
 */
export function textItem(text: string, m: Matrix, width: number): TextItem {
  const size = Math.hypot(m[2], m[3]);
  const [x, baseline] = apply(m, 0, 0);
  const upright = m[0] > 0 && Math.abs(m[1]) < 0.01 * m[0];
  if (upright) return { text, x, baseline, width, size };
  const along = Math.hypot(m[0], m[1]) || 1;
  const dir = [m[0] / along, m[1] / along];
  const up = [m[2] / size, m[3] / size];
  const corners = [0, width].flatMap((t) => [-DESCENT * size, ASCENT * size].map((h) => [x + dir[0] * t + up[0] * h, baseline + dir[1] * t + up[1] * h]));
  const { x0, x1, y0, y1 } = bounds(corners as [number, number][]);
  return { text, x: x0, width: x1 - x0, baseline: y1 - DESCENT * size, size, top: y0 };
}

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]>["getPage"]>>;

async function readPage(page: Page, pageNo: number, ops: typeof pdfjs.OPS): Promise<PositionedPage> {
  const viewport = page.getViewport({ scale: 1 });
  const toPage = viewport.transform as Matrix;
  const drawing = readDrawing((await page.getOperatorList()) as OperatorList, ops, toPage, viewport.width);
  const content = await page.getTextContent();
  const items: TextItem[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    items.push(textItem(item.str, compose(toPage, item.transform as Matrix), item.width * Math.hypot(toPage[0], toPage[1])));
  }
  return { page: pageNo, width: viewport.width, lines: itemsToLines(items, drawing.rules), shapes: drawing.shapes };
}

/** The pages of a PDF with their text lines and flowchart shapes; refuses (PdfRefusal) what cannot be imported. */
export async function readPdf(bytes: Uint8Array, limits?: Partial<PdfLimits>): Promise<PositionedPage[]> {
  const maxPages = limits?.maxPages ?? SOP_PDF_MAX_PAGES;
  const maxInflated = limits?.maxInflatedBytes ?? SOP_PDF_MAX_INFLATED_BYTES;
  // Before pdfjs sees the file: its inflated streams are ArrayBuffers no heap limit bounds.
  if ((await inflatedTotal(bytes, maxInflated)) === null) throw new PdfRefusal(PDF_MESSAGES.tooMuchInflated(maxInflated));
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdfjs takes over the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    standardFontDataUrl: standardFontDataUrl(),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > maxPages) throw new PdfRefusal(PDF_MESSAGES.tooManyPages(doc.numPages, maxPages));
    const pages: PositionedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(await readPage(page, n, pdfjs.OPS));
      page.cleanup();
    }
    if (pages.every((p) => p.lines.length === 0)) throw new PdfRefusal(PDF_MESSAGES.scanned);
    return pages;
  } catch (error) {
    throw refusalOf(error);
  } finally {
    await task.destroy();
  }
}
