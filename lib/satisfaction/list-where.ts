// The one where-builder of SKM surveys: the list, its counts, section c1 of the management review
// and the dashboard's IKM trend all read through it, so a figure always equals what the list shows
// for the same filter. Pure (no database, no "server-only"): the compilers run wherever the
// management review runs.
import { unitPathWhere, type UnitScope } from "../auth/scope";
import type { Prisma } from "../db";
import type { IkmCategory } from "./constants";

/** The unit filter of the list is lib/org's `unitSubtreeFilter`; the compilers narrow by scope. */
export interface SurveyFilter {
  year?: number;
  /** Any of these years (the dashboard's trend). */
  years?: number[];
  category?: IkmCategory;
  /** Surveys whose period ends within [from, to] (UTC midnight dates). */
  from?: Date;
  to?: Date;
}

export function surveyWhere(scope: UnitScope, filter: SurveyFilter): Prisma.SatisfactionSurveyWhereInput {
  const periodEnd = filter.from || filter.to ? { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } : undefined;
  return {
    AND: [
      { unit: unitPathWhere(scope) },
      filter.year ? { year: filter.year } : {},
      filter.years ? { year: { in: filter.years } } : {},
      filter.category ? { category: filter.category } : {},
      periodEnd ? { periodEnd } : {},
    ],
  };
}
