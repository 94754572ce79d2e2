// The export of the findings register as CSV and XLSX (formula-safe, as the objectives export).
import { writeXlsx } from "../utils/xlsx";

export const FINDING_EXPORT_COLUMNS = [
  "Nomor", "Tanggal", "Perangkat Daerah", "Unit", "Sumber", "Audit", "Kategori", "Status", "Pernyataan ketidaksesuaian",
  "Lokasi", "SOP", "Langkah", "Bukti objektif", "Klausul", "Referensi", "Batas waktu", "Umur (hari)", "Terlambat", "Alasan sanggahan", "Keputusan",
] as const;

export type FindingExportRow = Record<(typeof FINDING_EXPORT_COLUMNS)[number], string | number | null>;

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  // A leading =, +, - or @ would be run as a formula by spreadsheet apps.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== "number" ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function findingsToCsv(rows: FindingExportRow[]): string {
  const lines = [FINDING_EXPORT_COLUMNS.join(";"), ...rows.map((row) => FINDING_EXPORT_COLUMNS.map((c) => csvCell(row[c])).join(";"))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export function findingsToXlsx(rows: FindingExportRow[], created: Date = new Date()): Uint8Array {
  return writeXlsx(
    {
      name: "Temuan",
      columns: FINDING_EXPORT_COLUMNS.map((header) => ({ header, width: Math.min(60, Math.max(10, header.length + 4)) })),
      rows: rows.map((row) => FINDING_EXPORT_COLUMNS.map((column) => row[column])),
    },
    { creator: "Portal Mutu", created },
  );
}
