// Record builder for SKM surveys, shared by the seed script and the tests: finds the survey by its
// natural key (unit, year, period) and creates it only if missing, with its elements and the
// activity row the form would write.
import { recordActivity } from "../../lib/activity/record";
import type { PrismaClient } from "../../lib/db";
import type { PeriodType } from "../../lib/satisfaction/constants";
import { computeSurvey, periodRange } from "../../lib/satisfaction/rules";
import { SYSTEM_ACTOR } from "./org";

export interface SurveySpec {
  unitId: string;
  year: number;
  periodType: PeriodType;
  periodNo: number;
  respondents: number;
  /** Nine NRR values (mode NRR) … */
  nrrs?: number[];
  /** … or nine [n1, n2, n3, n4] respondent counts (mode RESPONDEN). */
  counts?: [number, number, number, number][];
  complaintsReceived?: number;
  complaintsResolved?: number;
  note?: string | null;
}

export async function ensureSurvey(db: PrismaClient, spec: SurveySpec): Promise<{ id: string; created: boolean }> {
  const key = { unitId: spec.unitId, year: spec.year, periodType: spec.periodType, periodNo: spec.periodNo };
  const existing = await db.satisfactionSurvey.findUnique({ where: { unitId_year_periodType_periodNo: key }, select: { id: true } });
  if (existing) return { ...existing, created: false };
  const mode = spec.counts ? "RESPONDEN" : "NRR";
  const result = spec.counts
    ? computeSurvey("RESPONDEN", spec.counts.map((counts) => ({ counts })))
    : computeSurvey("NRR", (spec.nrrs ?? []).map((nrr) => ({ nrr })));
  const { start, end } = periodRange(spec.year, spec.periodType, spec.periodNo);
  return db.$transaction(async (tx) => {
    const survey = await tx.satisfactionSurvey.create({
      data: {
        ...key, periodStart: start, periodEnd: end, entryMode: mode, respondents: spec.respondents,
        ikm: result.ikm, category: result.category,
        complaintsReceived: spec.complaintsReceived ?? 0, complaintsResolved: spec.complaintsResolved ?? 0, note: spec.note ?? null,
      },
      select: { id: true },
    });
    await tx.satisfactionElement.createMany({
      data: result.elements.map((e) => ({
        surveyId: survey.id, element: e.element, nrr: e.nrr,
        count1: e.counts?.[0] ?? null, count2: e.counts?.[1] ?? null, count3: e.counts?.[2] ?? null, count4: e.counts?.[3] ?? null,
      })),
    });
    await recordActivity(tx, {
      actor: SYSTEM_ACTOR, entity: "satisfaction_survey", entityId: survey.id, action: "create",
      after: { ...key, entryMode: mode, respondents: spec.respondents, ikm: result.ikm, category: result.category },
    });
    return { id: survey.id, created: true };
  });
}
