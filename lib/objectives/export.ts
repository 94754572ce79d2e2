// Export of objectives and their measurements (one row per objective and period) to CSV and XLSX,
// with the same filters and scope as the list.
import ExcelJS from "exceljs";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { ACHIEVEMENT_LABELS, DIRECTION_LABELS, FREQUENCY_LABELS, OBJECTIVE_STATUS_LABELS, PERSPECTIVE_LABELS } from "./constants";
import { listObjectiveIds, periodStates, targetText } from "./data";
import { periodLabel } from "./rules";
import type { ObjectiveListQuery } from "./schema";

export const EXPORT_COLUMNS = [
  "Tahun", "Kode", "Unit", "Sasaran mutu", "Perspektif", "Indikator", "Satuan", "Arah target", "Target",
  "Frekuensi", "PIC", "Sumber data", "Status", "Periode", "Realisasi", "Capaian", "Terlambat", "Catatan", "Analisis",
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

export async function buildExportRows(user: SessionUser, query: ObjectiveListQuery, today: Date = new Date()): Promise<ExportRow[]> {
  // The list decides scope and filters; export all of it.
  const ids = await listObjectiveIds(user, query, today);
  const db = await getDb();
  const objectives = await db.qualityObjective.findMany({
    where: { id: { in: ids } },
    orderBy: [{ year: "desc" }, { unit: { name: "asc" } }, { code: "asc" }],
    include: { unit: { select: { name: true } }, owner: { select: { name: true } }, measurements: true },
  });
  return objectives.flatMap((o) =>
    periodStates(o, today).map((state) => {
      const m = o.measurements.find((x) => x.period === state.period);
      return {
        Tahun: o.year, Kode: o.code, Unit: o.unit.name, "Sasaran mutu": o.statement, Perspektif: PERSPECTIVE_LABELS[o.perspective],
        Indikator: o.indicator, Satuan: o.measureUnit, "Arah target": DIRECTION_LABELS[o.direction], Target: targetText(o, o.measureUnit),
        Frekuensi: FREQUENCY_LABELS[o.frequency], PIC: o.owner.name, "Sumber data": o.dataSource, Status: OBJECTIVE_STATUS_LABELS[o.status],
        Periode: periodLabel(o.frequency, state.period), Realisasi: m?.value ?? null, Capaian: ACHIEVEMENT_LABELS[state.achievement],
        Terlambat: state.late ? "Ya" : "Tidak", Catatan: m?.note ?? null, Analisis: m?.analysis ?? null,
      };
    }),
  );
}

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  // Spreadsheet apps set to Indonesian expect a decimal comma; ';' keeps it unambiguous.
  const text = typeof value === "number" ? String(value).replace(".", ",") : value;
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
