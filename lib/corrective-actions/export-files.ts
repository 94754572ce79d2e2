// The export of the corrective-action register as CSV and XLSX (one row per round).
import { writeCsv } from "../utils/csv";
import { writeXlsx } from "../utils/xlsx";
import { CA_STATUS_LABELS, CATEGORY_LABELS, FISHBONE_LABELS, ITEM_STATUS_LABELS, type CorrectiveActionStatus, type FishboneCategory } from "./constants";

export const CA_EXPORT_COLUMNS = [
  "No. temuan", "Kategori", "Unit", "Audit", "Klausul", "Pernyataan ketidaksesuaian", "Putaran", "Status", "Tenggat",
  "Terlambat", "Koreksi", "Akar masalah", "Tindakan", "Tindakan selesai",
] as const;

export type CaExportRow = Record<(typeof CA_EXPORT_COLUMNS)[number], string | number | null>;

export interface CaExportSource {
  round: number;
  status: CorrectiveActionStatus;
  dueDate: Date;
  overdue: boolean;
  correction: string | null;
  finding: { number: string; category: keyof typeof CATEGORY_LABELS; statement: string; clauseCode: string | null; unit: { name: string }; audit: { number: string } | null };
  causes: { category: FishboneCategory | null; description: string }[];
  items: { status: "BELUM" | "SELESAI"; dueDate: Date; description: string; pic: { name: string } }[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function toExportRow(ca: CaExportSource): CaExportRow {
  return {
    "No. temuan": ca.finding.number,
    Kategori: CATEGORY_LABELS[ca.finding.category],
    Unit: ca.finding.unit.name,
    Audit: ca.finding.audit?.number ?? null,
    Klausul: ca.finding.clauseCode,
    "Pernyataan ketidaksesuaian": ca.finding.statement,
    Putaran: ca.round,
    Status: CA_STATUS_LABELS[ca.status],
    Tenggat: day(ca.dueDate),
    Terlambat: ca.overdue ? "Ya" : "Tidak",
    Koreksi: ca.correction,
    "Akar masalah": ca.causes.map((c) => (c.category ? `[${FISHBONE_LABELS[c.category]}] ${c.description}` : c.description)).join(" | ") || null,
    Tindakan: ca.items.map((i) => `${i.description} (PIC ${i.pic.name}, ${day(i.dueDate)}, ${ITEM_STATUS_LABELS[i.status]})`).join(" | ") || null,
    "Tindakan selesai": `${ca.items.filter((i) => i.status === "SELESAI").length}/${ca.items.length}`,
  };
}

export const toCaCsv = (rows: CaExportRow[]) => writeCsv(CA_EXPORT_COLUMNS, rows);

export function toCaXlsx(rows: CaExportRow[], created: Date = new Date()): Uint8Array {
  return writeXlsx(
    {
      name: "Tindakan Perbaikan",
      columns: CA_EXPORT_COLUMNS.map((header) => ({ header, width: Math.min(60, Math.max(10, header.length + 4)) })),
      rows: rows.map((row) => CA_EXPORT_COLUMNS.map((column) => row[column])),
    },
    { creator: "Portal Mutu", created },
  );
}
