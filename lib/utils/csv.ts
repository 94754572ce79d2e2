// CSV for exports: a BOM (so spreadsheet apps read UTF-8), ';' separators (Indonesian spreadsheet
// apps expect a decimal comma), and text that would run as a formula made inert.
import { decimalText } from "./number";

export type CsvCell = string | number | null;

export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  const text = typeof value === "number" ? decimalText(value) : value;
  // A leading =, +, - or @ would be run as a formula by spreadsheet apps.
  const safe = /^[=+\-@]/.test(text) && typeof value !== "number" ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function writeCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, CsvCell>[]): string {
  const lines = [columns.join(";"), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(";"))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
