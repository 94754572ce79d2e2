// The IKM trend for the leadership dashboard: the mean IKM of every survey of each year inside a
// unit scope, by one aggregate query. Each point links to the SKM list filtered to that year, whose
// summary line shows the same mean. No "server-only": the dashboards and the management review's
// compilers take the database as a parameter and may run from scripts.
import type { UnitScope } from "../auth/scope";
import type { PrismaClient, Tx } from "../db";
import { surveyListHref, type SurveyListParams } from "./href";
import { surveyWhere } from "./list-where";
import type { IkmTrendPoint } from "./types";

export const roundIkm = (value: unknown) => Math.round(Number(value) * 100) / 100;

/**
 * One point per requested year (in the order given), null where the scope has no survey that year.
 * `listParams` narrows the links as the caller narrowed the scope (e.g. the dashboard's unit filter).
 */
export async function ikmTrend(
  db: Tx | PrismaClient,
  scope: UnitScope,
  years: number[],
  listParams: Omit<SurveyListParams, "year"> = {},
): Promise<IkmTrendPoint[]> {
  if (years.length === 0) return [];
  const groups = await db.satisfactionSurvey.groupBy({
    by: ["year"],
    where: surveyWhere(scope, { years }),
    _avg: { ikm: true },
    _count: { _all: true },
  });
  return years.map((year) => {
    const g = groups.find((x) => x.year === year);
    return {
      year,
      ikm: g && g._avg.ikm !== null ? roundIkm(g._avg.ikm) : null,
      surveys: g?._count._all ?? 0,
      href: surveyListHref({ ...listParams, year }),
    };
  });
}
