import "server-only";
// Figures of sasaran mutu counted in the database: measured periods achieved, objectives by status
// and the periods awaiting a measurement (late, or due), always inside a unit scope. The rules
// are those of lib/objectives/rules.ts (isAchieved, periodState) written as SQL; the integration
// tests hold each figure equal to the list the overview computes with those rules.
import type { UnitScope } from "../auth/scope";
import { getDb, Prisma } from "../db";
import { MEASUREMENT_GRACE_DAYS, OBJECTIVE_STATUSES, type MeasurementFrequency, type ObjectiveStatus } from "../objectives/constants";
import { periodLabel } from "../objectives/rules";
import { unitPathWhere } from "../auth/scope";
import { sumPerAgency } from "./per-agency";
import type { AwaitingPeriod, Figures } from "./types";

/** A unit scope as SQL on the unit alias `u`. */
export function scopeSql(scope: UnitScope): Prisma.Sql {
  if (scope.kind === "all") return Prisma.sql`TRUE`;
  if (scope.kind === "none") return Prisma.sql`FALSE`;
  return Prisma.sql`(${Prisma.join(scope.paths.map((p) => Prisma.sql`u.path LIKE ${`${p}%`}`), " OR ")})`;
}

// isAchieved (lib/objectives/rules.ts) with its epsilon, on the target kept with the measurement.
const ACHIEVED = Prisma.sql`CASE m.direction::text
  WHEN 'MINIMAL' THEN m.target IS NOT NULL AND m.value >= m.target - 1e-9
  WHEN 'MAKSIMAL' THEN m.target IS NOT NULL AND m.value <= m.target + 1e-9
  WHEN 'TEPAT' THEN m.target IS NOT NULL AND abs(m.value - m.target) <= 1e-9 * greatest(1, abs(m.target))
  ELSE m."targetLow" IS NOT NULL AND m."targetHigh" IS NOT NULL AND m.value >= m."targetLow" - 1e-9 AND m.value <= m."targetHigh" + 1e-9
END`;

/** Measured and achieved periods of the objectives in force of a year in the scope. */
export async function achievedShare(scope: UnitScope, year: number): Promise<{ measured: number; achieved: number }> {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ measured: bigint; achieved: bigint }[]>`
    SELECT count(*) AS measured, count(*) FILTER (WHERE ${ACHIEVED}) AS achieved
    FROM "ObjectiveMeasurement" m
    JOIN "QualityObjective" o ON o.id = m."objectiveId"
    JOIN "Unit" u ON u.id = o."unitId"
    WHERE o.year = ${year} AND o.status = 'DISETUJUI' AND ${scopeSql(scope)}`;
  return { measured: Number(row?.measured ?? 0), achieved: Number(row?.achieved ?? 0) };
}

/** achievedShare per unit path (the agencies' figures add them up, see per-agency.ts). */
export async function achievedShareByPath(scope: UnitScope, year: number): Promise<{ path: string; measured: number; achieved: number }[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ path: string; measured: bigint; achieved: bigint }[]>`
    SELECT u.path, count(*) AS measured, count(*) FILTER (WHERE ${ACHIEVED}) AS achieved
    FROM "ObjectiveMeasurement" m
    JOIN "QualityObjective" o ON o.id = m."objectiveId"
    JOIN "Unit" u ON u.id = o."unitId"
    WHERE o.year = ${year} AND o.status = 'DISETUJUI' AND ${scopeSql(scope)}
    GROUP BY u.path`;
  return rows.map((r) => ({ path: r.path, measured: Number(r.measured), achieved: Number(r.achieved) }));
}

export async function statusCounts(scope: UnitScope, year: number): Promise<Record<ObjectiveStatus, number>> {
  const db = await getDb();
  const groups = await db.qualityObjective.groupBy({ by: ["status"], where: { year, unit: unitPathWhere(scope) }, _count: { _all: true } });
  const counts = Object.fromEntries(OBJECTIVE_STATUSES.map((s) => [s, 0])) as Record<ObjectiveStatus, number>;
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

/**
 * The periods of objectives in force awaiting a measurement: started, expected (from the first
 * approval, see measurementWindow) and not measured. `late` ones are past their due date (the
 * period's end plus MEASUREMENT_GRACE_DAYS), as periodState decides.
 */
function awaitingSql(filter: Prisma.Sql, today: Date): Prisma.Sql {
  // A timestamp without time zone in UTC, like the columns (an ISO text's zone is ignored).
  const now = Prisma.sql`${today.toISOString()}::timestamp`;
  return Prisma.sql`
    WITH o AS (
      SELECT o.id, o.code, o.statement, o.year, o.frequency::text AS frequency, o."approvedAt", o."closedAt",
        u.name AS "unitName", u.path AS "unitPath", w.name AS "ownerName",
        CASE o.frequency::text WHEN 'BULANAN' THEN 12 WHEN 'TRIWULANAN' THEN 4 WHEN 'SEMESTERAN' THEN 2 ELSE 1 END AS n
      FROM "QualityObjective" o JOIN "Unit" u ON u.id = o."unitId" JOIN "User" w ON w.id = o."ownerId"
      WHERE o.status = 'DISETUJUI' AND o."approvedAt" IS NOT NULL AND ${filter}
    ), p AS (
      SELECT o.*, g.period,
        make_date(o.year, 1, 1) + make_interval(months => (g.period - 1) * (12 / o.n)) AS "start",
        make_date(o.year, 1, 1) + make_interval(months => g.period * (12 / o.n)) - interval '1 day' AS "end"
      FROM o CROSS JOIN LATERAL generate_series(1, o.n) AS g(period)
    )
    SELECT p.id, p.code, p.statement, p."unitName", p."unitPath", p."ownerName", p.frequency, p.year, p.period,
      p."end" + make_interval(days => ${MEASUREMENT_GRACE_DAYS}) AS "dueDate",
      ${now} >= p."end" + make_interval(days => ${MEASUREMENT_GRACE_DAYS + 1}) AS late
    FROM p
    WHERE p."start" <= ${now}
      AND p."end" + interval '1 day' - interval '1 millisecond' >= p."approvedAt"
      AND (p."closedAt" IS NULL OR p."start" <= p."closedAt")
      AND NOT EXISTS (SELECT 1 FROM "ObjectiveMeasurement" m WHERE m."objectiveId" = p.id AND m.period = p.period)`;
}

type AwaitingRow = {
  id: string; code: string; statement: string; unitName: string; ownerName: string; frequency: MeasurementFrequency;
  year: number; period: number; dueDate: Date; late: boolean;
};

const toPeriod = (r: AwaitingRow): AwaitingPeriod => ({
  objectiveId: r.id, code: r.code, statement: r.statement, unitName: r.unitName, ownerName: r.ownerName,
  periodLabel: `${periodLabel(r.frequency, r.period)} ${r.year}`, dueDate: r.dueDate, late: r.late,
});

/** Late periods of a year's objectives in the scope: the count, and the most overdue first. */
export async function latePeriods(scope: UnitScope, year: number, today: Date, limit = 10): Promise<{ total: number; items: AwaitingPeriod[] }> {
  const db = await getDb();
  const base = awaitingSql(Prisma.sql`o.year = ${year} AND ${scopeSql(scope)}`, today);
  const [[count], rows] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM (${base}) a WHERE a.late`,
    // The figures want the count alone.
    limit === 0 ? [] : db.$queryRaw<AwaitingRow[]>`SELECT * FROM (${base}) a WHERE a.late ORDER BY a."dueDate", a.code, a.period LIMIT ${limit}`,
  ]);
  return { total: Number(count?.total ?? 0), items: rows.map(toPeriod) };
}

/** A PIC's own periods awaiting a measurement (late first, then by due date), every year. */
export async function ownAwaitingPeriods(userId: string, today: Date, limit = 20): Promise<AwaitingPeriod[]> {
  const db = await getDb();
  const base = awaitingSql(Prisma.sql`o."ownerId" = ${userId}`, today);
  const rows = await db.$queryRaw<AwaitingRow[]>`SELECT * FROM (${base}) a ORDER BY a.late DESC, a."dueDate", a.code LIMIT ${limit}`;
  return rows.map(toPeriod);
}

export async function figures(scope: UnitScope, year: number, today: Date): Promise<Figures> {
  const [share, counts, late] = await Promise.all([achievedShare(scope, year), statusCounts(scope, year), latePeriods(scope, year, today, 0)]);
  return {
    year, ...share, statusCounts: counts, late: late.total,
    percent: share.measured === 0 ? null : Math.round((share.achieved / share.measured) * 1000) / 10,
  };
}

/**
 * figures() once per scope for one request: the pimpinan's home shows their agency's figures in
 * the leadership tiles and in the figure list, both over the same scope.
 */
export function figuresOnce(year: number, today: Date): (scope: UnitScope) => Promise<Figures> {
  const computed = new Map<string, Promise<Figures>>();
  return (scope) => {
    const key = scope.kind === "paths" ? [...scope.paths].sort().join("|") : scope.kind;
    let result = computed.get(key);
    if (!result) computed.set(key, (result = figures(scope, year, today)));
    return result;
  };
}

/**
 * figures() of each agency alone (scope: its subtree), with one query per figure for all of them:
 * counted per unit path, added up per agency. The province reader's home and ranking.
 */
export async function figuresPerAgency(agencies: readonly { path: string }[], year: number, today: Date): Promise<Figures[]> {
  if (agencies.length === 0) return [];
  const db = await getDb();
  const scope: UnitScope = { kind: "paths", paths: agencies.map((a) => a.path) };
  const [shares, statuses, lateRows] = await Promise.all([
    achievedShareByPath(scope, year),
    db.$queryRaw<{ path: string; status: ObjectiveStatus; n: bigint }[]>`
      SELECT u.path, o.status::text AS status, count(*) AS n
      FROM "QualityObjective" o JOIN "Unit" u ON u.id = o."unitId"
      WHERE o.year = ${year} AND ${scopeSql(scope)}
      GROUP BY u.path, o.status`,
    db.$queryRaw<{ path: string; n: bigint }[]>`
      SELECT a."unitPath" AS path, count(*) AS n FROM (${awaitingSql(Prisma.sql`o.year = ${year} AND ${scopeSql(scope)}`, today)}) a
      WHERE a.late GROUP BY a."unitPath"`,
  ]);
  const measured = sumPerAgency(agencies, shares.map((r) => ({ path: r.path, n: r.measured })));
  const achieved = sumPerAgency(agencies, shares.map((r) => ({ path: r.path, n: r.achieved })));
  const late = sumPerAgency(agencies, lateRows.map((r) => ({ path: r.path, n: Number(r.n) })));
  const byStatus = OBJECTIVE_STATUSES.map((status) => sumPerAgency(agencies, statuses.filter((r) => r.status === status).map((r) => ({ path: r.path, n: Number(r.n) }))));
  return agencies.map((_, i) => ({
    year, measured: measured[i], achieved: achieved[i], late: late[i],
    statusCounts: Object.fromEntries(OBJECTIVE_STATUSES.map((s, k) => [s, byStatus[k][i]])) as Record<ObjectiveStatus, number>,
    percent: measured[i] === 0 ? null : Math.round((achieved[i] / measured[i]) * 1000) / 10,
  }));
}
