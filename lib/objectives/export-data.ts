// Export of objectives and their measurements (one row per objective and period), with the same
// filters and scope as the list; export-files.ts writes the rows as CSV or XLSX.
import "server-only";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { ACHIEVEMENT_LABELS, DIRECTION_LABELS, FREQUENCY_LABELS, OBJECTIVE_STATUS_LABELS, PERSPECTIVE_LABELS } from "./constants";
import { listObjectiveIds, periodStates, targetText } from "./data";
import type { ExportRow } from "./export-files";
import { periodLabel } from "./rules";
import type { ObjectiveListQuery } from "./schema";

export async function buildExportRows(user: SessionUser, query: ObjectiveListQuery, today: Date = new Date()): Promise<ExportRow[]> {
  // The list decides scope and filters; export all of it.
  const ids = await listObjectiveIds(user, query, today);
  const db = await getDb();
  const objectives = await db.qualityObjective.findMany({
    where: { id: { in: ids } },
    orderBy: [{ year: "desc" }, { unit: { name: "asc" } }, { code: "asc" }],
    select: {
      year: true, code: true, statement: true, perspective: true, indicator: true, measureUnit: true, direction: true, target: true,
      targetLow: true, targetHigh: true, frequency: true, dataSource: true, status: true, approvedAt: true, closedAt: true,
      unit: { select: { name: true } }, owner: { select: { name: true } },
      measurements: { select: { period: true, value: true, note: true, analysis: true, direction: true, target: true, targetLow: true, targetHigh: true } },
    },
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
