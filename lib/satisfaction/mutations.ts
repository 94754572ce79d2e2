import "server-only";
// Writes of SKM surveys: recorded and corrected by the manajer mutu or the unit's auditee
// (satisfaction.manage on the survey's unit), the version the user saw in the update's
// where-clause, the activity row in the same transaction.
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { conflict, notFound, ruleBroken, staleRecord } from "../errors";
import { SKM_ELEMENTS } from "./constants";
import { computeSurvey, periodLabel, periodRange, type ComputedSurvey } from "./rules";
import type { SurveyFormValues } from "./schema";

const DUPLICATE = "SKM unit ini untuk periode tersebut sudah dicatat; buka data itu untuk mengubahnya.";

async function unitFor(tx: Tx, unitId: string) {
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true, path: true, active: true, type: true } });
  if (!unit) throw notFound("Unit");
  return unit;
}

function computed(values: SurveyFormValues): ComputedSurvey {
  return computeSurvey(
    values.entryMode,
    values.elements.map((e) => ({
      nrr: e.nrr,
      counts: values.entryMode === "RESPONDEN" ? [e.count1 ?? 0, e.count2 ?? 0, e.count3 ?? 0, e.count4 ?? 0] : null,
    })),
  );
}

function columns(values: SurveyFormValues, result: ComputedSurvey) {
  const { start, end } = periodRange(values.year, values.periodType, values.periodNo);
  return {
    unitId: values.unitId, year: values.year, periodType: values.periodType, periodNo: values.periodNo,
    periodStart: start, periodEnd: end, entryMode: values.entryMode, respondents: values.respondents,
    ikm: result.ikm, category: result.category,
    complaintsReceived: values.complaintsReceived, complaintsResolved: values.complaintsResolved, note: values.note,
  };
}

function elementRows(surveyId: string, result: ComputedSurvey) {
  return result.elements.map((e) => ({
    surveyId, element: e.element, nrr: e.nrr,
    count1: e.counts?.[0] ?? null, count2: e.counts?.[1] ?? null, count3: e.counts?.[2] ?? null, count4: e.counts?.[3] ?? null,
  }));
}

/** What the history shows of a survey: the columns a reader recognises and each element's NRR. */
function snapshot(values: ReturnType<typeof columns>, nrrs: number[]) {
  const { periodStart: _s, periodEnd: _e, ikm, ...rest } = values;
  return { ...rest, ikm: Number(ikm), ...Object.fromEntries(SKM_ELEMENTS.map((el, i) => [el.code, nrrs[i]])) };
}

async function refuseDuplicate(tx: Tx, values: SurveyFormValues, exceptId?: string) {
  const taken = await tx.satisfactionSurvey.findFirst({
    where: { unitId: values.unitId, year: values.year, periodType: values.periodType, periodNo: values.periodNo, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw conflict(DUPLICATE, "periodNo");
}

function refuseAnswersBeyondRespondents(values: SurveyFormValues) {
  // The schema checks this per element too; kept here because the mutation is the last line.
  if (values.complaintsResolved > values.complaintsReceived) throw ruleBroken("Pengaduan yang selesai melebihi yang diterima.");
}

export async function createSurvey(user: SessionUser, values: SurveyFormValues): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const unit = await unitFor(tx, values.unitId);
    authorize(user, "satisfaction.manage", { unitPath: unit.path });
    if (!unit.active) throw ruleBroken("Unit ini sudah tidak aktif.");
    refuseAnswersBeyondRespondents(values);
    await refuseDuplicate(tx, values);
    const result = computed(values);
    const data = columns(values, result);
    // A second entry of the same unit and period at the same moment hits the unique key: CONFLICT.
    const survey = await tx.satisfactionSurvey.create({ data: { ...data, createdById: user.id, lastEditedById: user.id }, select: { id: true } });
    await tx.satisfactionElement.createMany({ data: elementRows(survey.id, result) });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "satisfaction_survey", entityId: survey.id, action: "create",
      after: snapshot(data, result.elements.map((e) => e.nrr)),
      reason: `SKM ${periodLabel(values.year, values.periodType, values.periodNo)}`,
    });
    return survey;
  });
}

export async function updateSurvey(user: SessionUser, input: { id: string; version: number; values: SurveyFormValues }): Promise<void> {
  const { id, version, values } = input;
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.satisfactionSurvey.findUnique({
      where: { id },
      select: {
        unitId: true, year: true, periodType: true, periodNo: true, periodStart: true, periodEnd: true, entryMode: true, respondents: true,
        ikm: true, category: true, complaintsReceived: true, complaintsResolved: true, note: true, version: true,
        unit: { select: { path: true } }, elements: { orderBy: { element: "asc" }, select: { nrr: true } },
      },
    });
    if (!before) throw notFound("Data SKM");
    authorize(user, "satisfaction.manage", { unitPath: before.unit.path });
    if (values.unitId !== before.unitId) {
      const target = await unitFor(tx, values.unitId);
      authorize(user, "satisfaction.manage", { unitPath: target.path });
      if (!target.active) throw ruleBroken("Unit ini sudah tidak aktif.");
    }
    if (before.version !== version) throw staleRecord();
    refuseAnswersBeyondRespondents(values);
    await refuseDuplicate(tx, values, id);
    const result = computed(values);
    const data = columns(values, result);
    const { count } = await tx.satisfactionSurvey.updateMany({
      where: { id, version },
      data: { ...data, lastEditedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord();
    // The elements are replaced whole: the survey row's version above already serialised writers.
    await tx.satisfactionElement.deleteMany({ where: { surveyId: id } });
    await tx.satisfactionElement.createMany({ data: elementRows(id, result) });
    const { unit: _u, elements, version: _v, category: _c, ...beforeColumns } = before;
    await recordActivity(tx, {
      actor: actorOf(user), entity: "satisfaction_survey", entityId: id, action: "update",
      before: snapshot({ ...beforeColumns, category: before.category, ikm: Number(before.ikm) } as ReturnType<typeof columns>, elements.map((e) => Number(e.nrr))),
      after: snapshot(data, result.elements.map((e) => e.nrr)),
    });
  });
}
