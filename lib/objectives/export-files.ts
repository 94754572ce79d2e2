// The export of objectives (one row per objective and period) as CSV and XLSX files; the rows
// come from export-data.ts.
import { writeCsv } from "../utils/csv";
import { writeXlsx } from "../utils/xlsx";

export const EXPORT_COLUMNS = [
  "Tahun", "Kode", "Unit", "Sasaran mutu", "Perspektif", "Indikator", "Satuan", "Arah target", "Target",
  "Frekuensi", "PIC", "Sumber data", "Status", "Periode", "Realisasi", "Capaian", "Terlambat", "Catatan", "Analisis",
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

/** CSV with a BOM (so spreadsheet apps read UTF-8) and ';' separators. */
export function toCsv(rows: ExportRow[]): string {
  return writeCsv(EXPORT_COLUMNS, rows);
}

/** One sheet "Sasaran Mutu": a bold header row that stays in view with filter buttons, numbers as numbers. */
export function toXlsx(rows: ExportRow[], created: Date = new Date()): Uint8Array {
  return writeXlsx(
    {
      name: "Sasaran Mutu",
      columns: EXPORT_COLUMNS.map((header) => ({ header, width: Math.min(60, Math.max(10, header.length + 4)) })),
      rows: rows.map((row) => EXPORT_COLUMNS.map((column) => row[column])),
    },
    { creator: "Portal Mutu", created },
  );
}
