/**
 * PDF files: text items with their positions and the drawn flowchart shapes, read with pdfjs-dist
 * (pure JavaScript, offline) into positioned pages. Node-only; not exported from index.ts.
 * Refuses with an Indonesian message (PdfRefusal): encrypted, corrupt, no text layer (scanned),
 * too many pages.
 */
import type { PositionedPage } from "./grid";

export class PdfRefusal extends Error {}

export interface PdfLimits {
  maxPages: number;
}

export async function readPdf(bytes: Uint8Array, limits?: Partial<PdfLimits>): Promise<PositionedPage[]> {
  void bytes;
  void limits;
  throw new PdfRefusal("Pembacaan PDF belum tersedia."); // issue 16: PDF helper
}
