// The overview of an agency's year (read model for the heatmap and charts): every objective's
// periods coloured by achievement, counts by status, late measurements, share achieved per unit
// and per perspective. Aggregated here so the charts receive plain numbers.
import "server-only";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { OBJECTIVE_STATUSES, PERSPECTIVES, PERSPECTIVE_LABELS, type ObjectiveStatus } from "./constants";
import { periodStates, readableWhere } from "./data";
import { periodLabel, type PeriodState } from "./rules";

export interface HeatmapRow {
  id: string;
  code: string;
  statement: string;
  unitName: string;
  frequency: string;
  periods: (PeriodState & { label: string; value: number | null })[];
}

export interface ShareRow {
  key: string;
  label: string;
  achieved: number;
  missed: number;
  /** Achieved / measured periods, 0-100, null when nothing was measured. */
  percent: number | null;
}

export interface Overview {
  year: number;
  statusCounts: Record<ObjectiveStatus, number>;
  heatmap: HeatmapRow[];
  late: { objectiveId: string; code: string; statement: string; unitName: string; ownerName: string; periodLabel: string; dueDate: Date }[];
  byUnit: ShareRow[];
  byPerspective: ShareRow[];
}

function share(key: string, label: string, states: PeriodState[]): ShareRow {
  const achieved = states.filter((s) => s.achievement === "TERCAPAI").length;
  const missed = states.filter((s) => s.achievement === "TIDAK_TERCAPAI").length;
  return { key, label, achieved, missed, percent: achieved + missed === 0 ? null : Math.round((achieved / (achieved + missed)) * 1000) / 10 };
}

export async function getOverview(user: SessionUser, filter: { unitId?: string; year: number }, today: Date = new Date()): Promise<Overview> {
  authorize(user, "objective.read");
  const db = await getDb();
  const unit = filter.unitId ? await db.unit.findUnique({ where: { id: filter.unitId }, select: { path: true } }) : null;
  const objectives = await db.qualityObjective.findMany({
    where: { AND: [readableWhere(user), { year: filter.year }, unit ? { unit: { path: { startsWith: unit.path } } } : {}] },
    orderBy: [{ unit: { name: "asc" } }, { code: "asc" }],
    select: {
      id: true, code: true, statement: true, status: true, year: true, frequency: true, perspective: true, approvedAt: true, closedAt: true,
      unit: { select: { id: true, name: true } }, owner: { select: { name: true } },
      measurements: { select: { period: true, value: true, direction: true, target: true, targetLow: true, targetHigh: true } },
    },
  });
  const statusCounts = Object.fromEntries(OBJECTIVE_STATUSES.map((s) => [s, 0])) as Record<ObjectiveStatus, number>;
  const heatmap: HeatmapRow[] = [];
  const late: Overview["late"] = [];
  const unitStates = new Map<string, { label: string; states: PeriodState[] }>();
  const perspectiveStates = new Map<string, PeriodState[]>(PERSPECTIVES.map((p) => [p, []]));
  for (const o of objectives) {
    statusCounts[o.status]++;
    // Only objectives in force are measured; drafts and closed ones still count by status.
    if (o.status !== "DISETUJUI") continue;
    const states = periodStates(o, today);
    heatmap.push({
      id: o.id, code: o.code, statement: o.statement, unitName: o.unit.name, frequency: o.frequency,
      periods: states.map((s) => ({ ...s, label: periodLabel(o.frequency, s.period), value: o.measurements.find((m) => m.period === s.period)?.value ?? null })),
    });
    for (const s of states.filter((x) => x.late)) {
      late.push({
        objectiveId: o.id, code: o.code, statement: o.statement, unitName: o.unit.name, ownerName: o.owner.name,
        periodLabel: `${periodLabel(o.frequency, s.period)} ${o.year}`, dueDate: s.dueDate,
      });
    }
    const u = unitStates.get(o.unit.id) ?? { label: o.unit.name, states: [] };
    u.states.push(...states);
    unitStates.set(o.unit.id, u);
    perspectiveStates.get(o.perspective)!.push(...states);
  }
  return {
    year: filter.year,
    statusCounts,
    heatmap,
    late: late.sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime()),
    byUnit: [...unitStates.entries()].map(([key, v]) => share(key, v.label, v.states)).sort((a, b) => a.label.localeCompare(b.label, "id")),
    byPerspective: PERSPECTIVES.map((p) => share(p, PERSPECTIVE_LABELS[p], perspectiveStates.get(p)!)),
  };
}
