/**
 * A PDF's SOP AP: positioned pages (pdf.ts) → rows (layout reader) → SOP rules. The one place the
 * PDF adapter calls the parser, for the upload's worker and the command line alike. Node-only.
 */
import type { PositionedPage, SourceRow } from "./grid";
import { readLayout } from "./layout-reader";
import { parseSopDocument } from "./parse";
import { readPdf, type PdfLimits } from "./pdf";
import { markFlowchartDecisions } from "./pdf-flowchart";
import type { ParsedSop, ParseOptions, ParseResult, Warning } from "./types";

/**
 * The SOPs of positioned pages. Until the SOP rules read rows directly, the rows go in as
 * tab-separated lines and each warning's line is mapped back to its row's page and line.
 */
export function parsePositionedPages(pages: PositionedPage[], options: ParseOptions = {}): ParseResult {
  const rows = readLayout(pages);
  const result = parseRows(rows, options);
  const startPages = result.sops.map((sop) => sopStartPage(sop, rows));
  return { ...result, sops: markFlowchartDecisions(result.sops, startPages, pages) };
}

/** The page of the row an SOP starts on (its first identity line). */
function sopStartPage(sop: ParsedSop, rows: SourceRow[]): number {
  return rows[sop.source_line - 1]?.page ?? 1;
}

export function parseRows(rows: SourceRow[], options: ParseOptions = {}): ParseResult {
  const text = rows.map((r) => r.cells.join("\t")).join("\n");
  const result = parseSopDocument(text, options);
  const locate = (w: Warning): Warning => {
    const row = rows[w.line - 1];
    return row ? { ...w, line: row.line, ...(row.page === null ? {} : { page: row.page }) } : w;
  };
  return {
    sops: result.sops.map((sop) => ({ ...sop, warnings: sop.warnings.map(locate) })),
    warnings: result.warnings.map(locate),
  };
}

/** Reads a PDF and parses its SOP AP; refuses (PdfRefusal) what cannot be read. */
export async function parsePdf(bytes: Uint8Array, options: ParseOptions = {}, limits?: Partial<PdfLimits>): Promise<ParseResult> {
  return parsePositionedPages(await readPdf(bytes, limits), options);
}
