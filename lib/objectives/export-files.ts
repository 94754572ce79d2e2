// The export of objectives (one row per objective and period) as CSV and XLSX files; the rows
// come from export-data.ts.
import ExcelJS from "exceljs";
import { decimalText } from "../utils/number";

export const EXPORT_COLUMNS = [
  "Tahun", "Kode", "Unit", "Sasaran mutu", "Perspektif", "Indikator", "Satuan", "Arah target", "Target",
  "Frekuensi", "PIC", "Sumber data", "Status", "Periode", "Realisasi", "Capaian", "Terlambat", "Catatan", "Analisis",
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  // Spreadsheet apps set to Indonesian expect a decimal comma; ';' keeps it unambiguous.
  const text = typeof value === "number" ? decimalText(value) : value;
  // A leading =, +, - or @ would be run as a formula by spreadsheet apps.
  const safe = /^[=+\-@]/.test(text) && typeof value !== "number" ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a BOM (so spreadsheet apps read UTF-8) and ';' separators. */
export function toCsv(rows: ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.join(";"), ...rows.map((row) => EXPORT_COLUMNS.map((c) => csvCell(row[c])).join(";"))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export async function toXlsx(rows: ExportRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Portal Mutu";
  const sheet = workbook.addWorksheet("Sasaran Mutu", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((header) => ({ header, key: header, width: Math.min(60, Math.max(10, header.length + 4)) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
