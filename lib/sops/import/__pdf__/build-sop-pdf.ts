/**
 * Test helper: draws SOP AP documents as a PDF with pdf-lib, the way a word processor exports
 * them: a page header, the identity block in two columns (organisation left, labels right), the
 * procedure table with grid lines and a merged "Pelaksana" header, and each step's symbol drawn in
 * its actor's column (rectangle, diamond, oval for the first and last step). Reports where it drew
 * things (page space, y downward) so tests can compare.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";

export interface PdfStep {
  no: number;
  activity: string;
  actor: number;
  decision?: boolean;
  kelengkapan: string;
  waktu: string;
  output: string;
}

export interface PdfSop {
  organisation: string[];
  identity: [string, string][];
  actors: string[];
  steps: PdfStep[];
}

export interface DrawnShape {
  kind: "process" | "decision" | "terminator";
  page: number;
  step: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface BuiltPdf {
  bytes: Uint8Array;
  shapes: DrawnShape[];
  /** x range of each actor column (same for every SOP: the table has fixed widths). */
  actorColumns: (actors: number) => { x0: number; x1: number }[];
}

export const PAGE = { width: 842, height: 595 };
const MARGIN = 36;
const SIZE = 9;
const LINE = 11;
const HEADER_TEXT = "Dokumen terkendali - Dinas Contoh";

const COLUMNS = { no: 26, activity: 210, actor: 64, kelengkapan: 110, waktu: 56, output: 90 };

function wrap(text: string, font: PDFFont, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    const next = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(next, SIZE) > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

class Sheet {
  constructor(
    readonly page: PDFPage,
    readonly font: PDFFont,
    readonly pageNo: number,
  ) {}
  /** Text with its top at `top` (y downward). */
  text(value: string, x: number, top: number, size = SIZE) {
    this.page.drawText(value, { x, y: PAGE.height - top - size * 0.8, size, font: this.font });
  }
  hline(x0: number, x1: number, y: number) {
    this.page.drawLine({ start: { x: x0, y: PAGE.height - y }, end: { x: x1, y: PAGE.height - y }, thickness: 0.6 });
  }
  vline(x: number, y0: number, y1: number) {
    this.page.drawLine({ start: { x, y: PAGE.height - y0 }, end: { x, y: PAGE.height - y1 }, thickness: 0.6 });
  }
}

function columnEdges(actors: number): number[] {
  const widths = [COLUMNS.no, COLUMNS.activity, ...Array<number>(actors).fill(COLUMNS.actor), COLUMNS.kelengkapan, COLUMNS.waktu, COLUMNS.output];
  const edges = [MARGIN];
  for (const w of widths) edges.push(edges[edges.length - 1] + w);
  return edges;
}

export async function buildSopPdf(sops: PdfSop[]): Promise<BuiltPdf> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const shapes: DrawnShape[] = [];
  let pageNo = 0;
  const newSheet = () => {
    const sheet = new Sheet(doc.addPage([PAGE.width, PAGE.height]), font, ++pageNo);
    sheet.text(HEADER_TEXT, MARGIN, 16, 7);
    sheet.text(`Halaman ${pageNo}`, PAGE.width - MARGIN - 40, 16, 7);
    return sheet;
  };

  for (const sop of sops) {
    let sheet = newSheet();
    // Identity block: organisation on the left, "label : value" rows on the right, framed.
    const top = 40;
    sop.organisation.forEach((line, i) => sheet.text(line, MARGIN + 6, top + 8 + i * LINE));
    sop.identity.forEach(([label, value], i) => {
      const y = top + 4 + i * (LINE + 4);
      sheet.text(label, 430, y);
      sheet.text(":", 530, y);
      sheet.text(value, 540, y);
      sheet.hline(424, PAGE.width - MARGIN, y + LINE + 1);
    });
    const identityBottom = top + 4 + sop.identity.length * (LINE + 4);
    sheet.hline(MARGIN, PAGE.width - MARGIN, top);
    sheet.hline(MARGIN, PAGE.width - MARGIN, identityBottom);
    sheet.vline(MARGIN, top, identityBottom);
    sheet.vline(424, top, identityBottom);
    sheet.vline(PAGE.width - MARGIN, top, identityBottom);

    const edges = columnEdges(sop.actors.length);
    const right = edges[edges.length - 1];
    const drawHeader = (y: number) => {
      const a0 = edges[2];
      const a1 = edges[2 + sop.actors.length];
      sheet.text("No", edges[0] + 4, y + 10);
      sheet.text("Kegiatan", edges[1] + 4, y + 10);
      sheet.text("Pelaksana", a0 + 4, y + 3);
      sop.actors.forEach((actor, i) => sheet.text(actor, edges[2 + i] + 3, y + 18));
      const mutu = edges[2 + sop.actors.length];
      sheet.text("Mutu Baku", mutu + 4, y + 3);
      sheet.text("Kelengkapan", mutu + 4, y + 18);
      sheet.text("Waktu", edges[3 + sop.actors.length] + 4, y + 18);
      sheet.text("Output", edges[4 + sop.actors.length] + 4, y + 18);
      const bottom = y + 30;
      sheet.hline(edges[0], right, y);
      sheet.hline(a0, right, y + 15);
      sheet.hline(edges[0], right, bottom);
      for (const [i, x] of edges.entries()) {
        const merged = (i > 2 && i < 2 + sop.actors.length) || (i > 2 + sop.actors.length && i < edges.length - 1);
        sheet.vline(x, merged ? y + 15 : y, bottom);
      }
      void a1;
      return bottom;
    };
    let y = drawHeader(identityBottom + 16);

    sop.steps.forEach((step, index) => {
      const activity = wrap(step.activity, font, COLUMNS.activity - 8);
      const height = Math.max(activity.length * LINE + 8, 30);
      if (y + height > PAGE.height - MARGIN) {
        sheet = newSheet();
        y = drawHeader(40);
      }
      sheet.text(String(step.no), edges[0] + 4, y + 4);
      activity.forEach((line, i) => sheet.text(line, edges[1] + 4, y + 4 + i * LINE));
      const detail = 2 + sop.actors.length;
      sheet.text(step.kelengkapan, edges[detail] + 4, y + 4);
      sheet.text(step.waktu, edges[detail + 1] + 4, y + 4);
      sheet.text(step.output, edges[detail + 2] + 4, y + 4);
      // The symbol, centred in its actor's cell.
      const cx = (edges[2 + step.actor] + edges[3 + step.actor]) / 2;
      const cy = y + height / 2;
      const w = 36;
      const h = 16;
      const terminal = index === 0 || index === sop.steps.length - 1;
      const kind = step.decision ? "decision" : terminal ? "terminator" : "process";
      const pdfY = PAGE.height - cy;
      if (kind === "decision") {
        sheet.page.drawSvgPath(`M 0 ${-h / 2} L ${w / 2} 0 L 0 ${h / 2} L ${-w / 2} 0 Z`, { x: cx, y: pdfY, borderWidth: 0.8, borderColor: rgb(0, 0, 0) });
      } else if (kind === "terminator") {
        sheet.page.drawEllipse({ x: cx, y: pdfY, xScale: w / 2, yScale: h / 2, borderWidth: 0.8, borderColor: rgb(0, 0, 0) });
      } else {
        sheet.page.drawRectangle({ x: cx - w / 2, y: pdfY - h / 2, width: w, height: h, borderWidth: 0.8, borderColor: rgb(0, 0, 0), color: rgb(0.85, 0.85, 0.85) });
      }
      shapes.push({ kind, page: sheet.pageNo, step: step.no, x0: cx - w / 2, x1: cx + w / 2, y0: cy - h / 2, y1: cy + h / 2 });
      // An arrow down to the next symbol: a line and a small filled arrowhead.
      if (index < sop.steps.length - 1) {
        sheet.page.drawLine({ start: { x: cx, y: pdfY - h / 2 }, end: { x: cx, y: pdfY - height / 2 - 2 }, thickness: 0.6 });
        sheet.page.drawSvgPath("M -2.5 0 L 2.5 0 L 0 4 Z", { x: cx, y: pdfY - height / 2 - 6, color: rgb(0, 0, 0) });
      }
      y += height;
      sheet.hline(edges[0], right, y);
      for (const x of edges) sheet.vline(x, y - height, y);
    });
  }
  const bytes = await doc.save();
  return { bytes, shapes, actorColumns: (actors) => columnEdges(actors).slice(2, 3 + actors).map((x, i, all) => ({ x0: x, x1: all[i + 1] })).slice(0, actors) };
}

/** A PDF whose pages hold only a picture: what a scanner produces. */
export async function buildImageOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // A 2×2 grey PNG.
  const png = Uint8Array.from(
    atob("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGBgYAAAAAUAAXpeqz8AAAAASUVORK5CYII="),
    (c) => c.charCodeAt(0),
  );
  const image = await doc.embedPng(png);
  for (let i = 0; i < 2; i++) doc.addPage([PAGE.width, PAGE.height]).drawImage(image, { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
  return doc.save();
}

/** A PDF of `count` pages with a line of text on each. */
export async function buildManyPagesPdf(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= count; i++) doc.addPage([PAGE.width, PAGE.height]).drawText(`Halaman ${i}`, { x: 40, y: 500, size: 10, font });
  return doc.save();
}
