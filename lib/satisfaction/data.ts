import "server-only";
// Reads of SKM surveys inside the reader's scope (satisfaction.read on the survey's unit).
import { authorize, can } from "../auth/permissions";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { unitSubtreeFilter } from "../org/unit-filter-data";
import { paginate, type Page } from "../utils/paginate";
import { SATISFACTION_PAGE_SIZE, SKM_ELEMENTS, type EntryMode, type IkmCategory, type PeriodType } from "./constants";
import { surveyWhere, type SurveyFilter } from "./list-where";
import { periodLabel, weightedNrr } from "./rules";
import { roundIkm } from "./summary-data";
import type { SurveyListQuery } from "./schema";
import type { SurveyDetail, SurveyRow } from "./types";

const rowSelect = {
  id: true, year: true, periodType: true, periodNo: true, respondents: true, ikm: true, category: true,
  complaintsReceived: true, complaintsResolved: true, unit: { select: { id: true, name: true } },
} as const;
type RowSelected = Prisma.SatisfactionSurveyGetPayload<{ select: typeof rowSelect }>;

function toRow(s: RowSelected): SurveyRow {
  return {
    id: s.id, unitId: s.unit.id, unitName: s.unit.name, year: s.year,
    periodType: s.periodType as PeriodType, periodNo: s.periodNo, periodLabel: periodLabel(s.year, s.periodType as PeriodType, s.periodNo),
    respondents: s.respondents, ikm: Number(s.ikm), category: s.category as IkmCategory,
    complaintsReceived: s.complaintsReceived, complaintsResolved: s.complaintsResolved,
  };
}

const LIST_ORDER: Prisma.SatisfactionSurveyOrderByWithRelationInput[] = [{ periodEnd: "desc" }, { unit: { path: "asc" } }, { id: "asc" }];

/** The list query's filters besides the unit (which `unitSubtreeFilter` turns into a where-fragment). */
export function filterOf(query: SurveyListQuery): SurveyFilter {
  const day = (v?: string) => (v ? new Date(`${v}T00:00:00.000Z`) : undefined);
  return { year: query.year, category: query.category, from: day(query.from), to: day(query.to) };
}

export interface SurveyList extends Page<SurveyRow> {
  /** Complaints over every survey the filter matches (not only this page). */
  complaintsReceived: number;
  complaintsResolved: number;
  /** Mean IKM of the matching surveys, 2 decimals; null when none. */
  meanIkm: number | null;
}

export async function listSurveys(user: SessionUser, query: SurveyListQuery): Promise<SurveyList> {
  authorize(user, "satisfaction.read");
  const db = await getDb();
  const unitFilter = await unitSubtreeFilter(db, query);
  if (!unitFilter) {
    return { ...(await paginate(query.page, SATISFACTION_PAGE_SIZE, async () => 0, async () => [])), complaintsReceived: 0, complaintsResolved: 0, meanIkm: null };
  }
  const where: Prisma.SatisfactionSurveyWhereInput = { AND: [surveyWhere(unitScope(user, "satisfaction.read"), filterOf(query)), unitFilter] };
  const [page, sums] = await Promise.all([
    paginate(
      query.page,
      SATISFACTION_PAGE_SIZE,
      () => db.satisfactionSurvey.count({ where }),
      async (skip, take) => (await db.satisfactionSurvey.findMany({ where, orderBy: LIST_ORDER, skip, take, select: rowSelect })).map(toRow),
    ),
    db.satisfactionSurvey.aggregate({ where, _sum: { complaintsReceived: true, complaintsResolved: true }, _avg: { ikm: true } }),
  ]);
  const avg = sums._avg.ikm;
  return {
    ...page,
    complaintsReceived: sums._sum.complaintsReceived ?? 0,
    complaintsResolved: sums._sum.complaintsResolved ?? 0,
    meanIkm: avg === null ? null : roundIkm(avg),
  };
}

export async function getSurvey(user: SessionUser, id: string): Promise<SurveyDetail | null> {
  authorize(user, "satisfaction.read");
  const db = await getDb();
  const s = await db.satisfactionSurvey.findFirst({
    where: { id, unit: unitPathWhere(unitScope(user, "satisfaction.read")) },
    select: {
      ...rowSelect, unit: { select: { id: true, name: true, path: true } },
      entryMode: true, periodStart: true, periodEnd: true, note: true, version: true, updatedAt: true,
      elements: { orderBy: { element: "asc" }, select: { element: true, nrr: true, count1: true, count2: true, count3: true, count4: true } },
    },
  });
  if (!s) return null;
  return {
    ...toRow(s),
    unitPath: s.unit.path,
    entryMode: s.entryMode as EntryMode,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    note: s.note,
    version: s.version,
    updatedAt: s.updatedAt,
    mayEdit: can(user, "satisfaction.manage", { unitPath: s.unit.path }),
    elements: s.elements.map((e) => {
      const meta = SKM_ELEMENTS[e.element - 1];
      const nrr = Number(e.nrr);
      const counts = e.count1 === null ? null : ([e.count1, e.count2 ?? 0, e.count3 ?? 0, e.count4 ?? 0] as [number, number, number, number]);
      return { element: e.element, code: meta.code, label: meta.label, nrr, weighted: weightedNrr(nrr), counts };
    }),
  };
}

export interface PathUnitOption {
  id: string;
  name: string;
  path: string;
}

export interface SurveyFilterOptions {
  agencies: PathUnitOption[];
  units: PathUnitOption[];
  years: number[];
}

/** Choices of the list's filters: units holding readable surveys, their agencies, and the years. */
export async function listSurveyFilterOptions(user: SessionUser): Promise<SurveyFilterOptions> {
  const db = await getDb();
  const where = { unit: unitPathWhere(unitScope(user, "satisfaction.read")) };
  const [units, years] = await Promise.all([
    db.unit.findMany({ where: { satisfactionSurveys: { some: where } }, orderBy: { path: "asc" }, select: { id: true, name: true, path: true } }),
    db.satisfactionSurvey.findMany({ where, distinct: ["year"], orderBy: { year: "desc" }, select: { year: true } }),
  ]);
  const chainIds = [...new Set(units.flatMap((u) => u.path.split("/").filter(Boolean)))];
  const agencies = chainIds.length === 0
    ? []
    : await db.unit.findMany({ where: { id: { in: chainIds }, type: "PERANGKAT_DAERAH" }, orderBy: { name: "asc" }, select: { id: true, name: true, path: true } });
  return { agencies, units, years: years.map((y) => y.year) };
}

/** The active units the user may record a survey for (satisfaction.manage), in tree order. */
export async function listManageableUnits(user: SessionUser): Promise<PathUnitOption[]> {
  const scope = unitScope(user, "satisfaction.manage");
  if (scope.kind === "none") return [];
  const db = await getDb();
  return db.unit.findMany({
    where: { active: true, type: { not: "PROVINSI" }, ...unitPathWhere(scope) },
    orderBy: { path: "asc" },
    select: { id: true, name: true, path: true },
  });
}

/** The IKM of a unit's latest surveys, oldest first, for the chart on a survey's page. */
export async function unitIkmHistory(user: SessionUser, unitId: string, limit = 12): Promise<{ id: string; label: string; ikm: number }[]> {
  authorize(user, "satisfaction.read");
  const db = await getDb();
  const rows = await db.satisfactionSurvey.findMany({
    where: { AND: [surveyWhere(unitScope(user, "satisfaction.read"), {}), { unitId }] },
    orderBy: [{ periodEnd: "desc" }, { periodStart: "desc" }],
    take: limit,
    select: { id: true, year: true, periodType: true, periodNo: true, ikm: true },
  });
  return rows.reverse().map((r) => ({ id: r.id, label: periodLabel(r.year, r.periodType as PeriodType, r.periodNo), ikm: Number(r.ikm) }));
}
