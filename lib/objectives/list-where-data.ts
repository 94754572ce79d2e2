// The objectives list's filters as a where-clause, without the reader's scope, and the per-period
// states behind its achievement filter: the one builder behind the list (data.ts adds the reader's
// scope) and the figures that link to it (dashboards, the management review's input pack).
// No "server-only": the review pack is compiled by the seeds too.
import type { PrismaClient, Prisma, Tx } from "../db";
import type { Achievement, MeasurementFrequency } from "./constants";
import { measurementWindow, periodCount, periodState, type TargetSpec } from "./rules";
import type { ObjectiveListQuery } from "./schema";
import type { ObjectiveRow } from "./types";
import { unitSubtreeFilter } from "../org/unit-filter-data";

/** null when the filter names a unit that does not exist (nothing matches). */
export async function objectiveFilterWhere(db: Tx | PrismaClient, query: Omit<ObjectiveListQuery, "page" | "achievement">): Promise<Prisma.QualityObjectiveWhereInput | null> {
  const unitFilter = await unitSubtreeFilter(db, query);
  if (!unitFilter) return null;
  return {
    AND: [
      unitFilter,
      query.year ? { year: query.year } : {},
      query.perspective ? { perspective: query.perspective } : {},
      query.status ? { status: query.status } : {},
      query.q
        ? { OR: [{ statement: { contains: query.q, mode: "insensitive" } }, { code: { contains: query.q, mode: "insensitive" } }, { indicator: { contains: query.q, mode: "insensitive" } }] }
        : {},
    ],
  };
}

export interface MeasuredObjective {
  year: number;
  frequency: MeasurementFrequency;
  approvedAt: Date | null;
  closedAt: Date | null;
  measurements: (TargetSpec & { period: number; value: number })[];
}

/** Per-period states of an objective's year as of `today`. */
export function periodStates(objective: MeasuredObjective, today: Date) {
  const window = measurementWindow(objective);
  return Array.from({ length: periodCount(objective.frequency) }, (_, i) => {
    const period = i + 1;
    const m = objective.measurements.find((x) => x.period === period) ?? null;
    return periodState(objective.year, objective.frequency, period, m, today, window);
  });
}

/** How an objective stands: its latest measured or ended period. */
export function summarise(states: ReturnType<typeof periodStates>): Pick<ObjectiveRow, "achievement" | "measured" | "achieved" | "late"> {
  const relevant = states.filter((s) => s.achievement !== "BELUM_DIUKUR" || !s.open);
  const latest = relevant.at(-1);
  return {
    achievement: (latest?.achievement ?? "BELUM_DIUKUR") as Achievement,
    measured: states.filter((s) => s.achievement !== "BELUM_DIUKUR").length,
    achieved: states.filter((s) => s.achievement === "TERCAPAI").length,
    late: states.filter((s) => s.late).length,
  };
}

export const measuredSelect = {
  year: true, frequency: true, approvedAt: true, closedAt: true,
  measurements: { select: { period: true, value: true, direction: true, target: true, targetLow: true, targetHigh: true } },
} as const;

