/**
 * The intermediate form every source is read into before the SOP rules run (issue 16).
 *
 *   source adapter                       →  SourceRow[]  →  SOP rules (parse.ts)
 *   tab-separated text (seeds)              rows-from-text.ts
 *   DOCX/HTML (merged cells expanded)       ../docx.ts → tab-separated text
 *   column-laid-out text (pdftotext -layout) layout-text.ts → PositionedPage[] → layout-reader.ts
 *   PDF (text items + drawn shapes)         pdf.ts          → PositionedPage[] → layout-reader.ts
 *
 * Positioned pages carry chunks of text with their x range (character columns for extracted text,
 * points for PDF) and, for PDF, the flowchart shapes drawn on the page. The layout reader rebuilds
 * the SOP's tables from the coordinates and writes one SourceRow per table row or text line.
 */

/** A run of text on one line with its horizontal extent (x1 exclusive). */
export interface Chunk {
  text: string;
  x0: number;
  x1: number;
}

/** A text line of a page; y grows downward from the top of the page (line index for text). */
export interface PositionedLine {
  /** 1-based line within the page (what a warning points to). */
  line: number;
  /** Top and bottom of the line (same unit as x). For extracted text: line index, index + 1. */
  y0: number;
  y1: number;
  chunks: Chunk[];
}

/** A flowchart symbol drawn on a PDF page. */
export type ShapeKind = "process" | "decision" | "terminator";

export interface Shape {
  kind: ShapeKind;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface PositionedPage {
  /** 1-based page number. */
  page: number;
  width: number;
  lines: PositionedLine[];
  /** Drawn flowchart symbols (PDF only; empty for text). */
  shapes: Shape[];
}

/**
 * The mark written into an actor cell for a drawn shape, so the one rule "a single mark in one
 * actor column names the actor" reads text marks (X, √, ■) and drawn symbols alike.
 */
export const SHAPE_MARKS: Record<ShapeKind, string> = {
  process: "▭",
  decision: "◇",
  terminator: "⬭",
};

/** One row the SOP rules read. */
export interface SourceRow {
  /** Cells in reading order; a line of running text is one cell. */
  cells: string[];
  /** The row as text (cells joined by tabs, or the original line of a text source). */
  text: string;
  /** Where the row came from, for warnings: 1-based page (null for a source without pages) and line. */
  page: number | null;
  line: number;
}
