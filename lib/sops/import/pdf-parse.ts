/**
 * A PDF's SOP AP: positioned pages (pdf.ts) → layout reader and SOP rules (`parseSopPages`). The
 * one place the PDF adapter calls the parser, for the upload's worker and the command line alike.
 * Decisions come from the ◇ drawn in the step's actor column; when the table draws none (the
 * portal's print view draws every step as a box), from the diamonds of the SOP's flowchart pages.
 * Node-only (readPdf).
 */
import type { PositionedPage } from "./grid";
import { parseSopPages } from "./parse";
import { readPdf, type PdfLimits } from "./pdf";
import { markFlowchartDecisions } from "./pdf-flowchart";
import type { ParseOptions, ParseResult } from "./types";

/** The SOPs of positioned pages, with the flowchart pages' decisions. */
export function parsePositionedPages(pages: PositionedPage[], options: ParseOptions = {}): ParseResult {
  const result = parseSopPages(pages, options);
  const startPages = result.sops.map((sop) => sop.source_page ?? 1);
  return { ...result, sops: markFlowchartDecisions(result.sops, startPages, pages) };
}

/** Reads a PDF and parses its SOP AP; refuses (PdfRefusal) what cannot be read. */
export async function parsePdf(bytes: Uint8Array, options: ParseOptions = {}, limits?: Partial<PdfLimits>): Promise<ParseResult> {
  return parsePositionedPages(await readPdf(bytes, limits), options);
}
