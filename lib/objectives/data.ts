// Reads of sasaran mutu, inside the reader's scope: a unit head sees their subtree, a pimpinan
// their agency, a province-level grant everything, and every PIC their own objectives.
import { authorize, can } from "../auth/permissions";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { formatDecimal } from "../utils/number";
import { OBJECTIVES_PAGE_SIZE, type Achievement, type MeasurementFrequency } from "./constants";
import { EDITABLE_STATUSES, canTransition, describeTarget, type TargetSpec, isAchieved, periodCount, periodEnd, periodLabel, periodState } from "./rules";
import type { ObjectiveListQuery } from "./schema";
import type { MeasurementView, ObjectiveDetail, ObjectiveRow, PeriodRow } from "./types";

export function readableWhere(user: SessionUser): Prisma.QualityObjectiveWhereInput {
  return { OR: [{ unit: unitPathWhere(unitScope(user, "objective.read")) }, { ownerId: user.id }] };
}

export const targetText = (spec: TargetSpec, unit: string) => describeTarget(spec, unit, formatDecimal);

interface MeasuredObjective {
  year: number;
  frequency: MeasurementFrequency;
  measurements: (TargetSpec & { period: number; value: number })[];
}

/** Per-period states of an objective's year as of `today`. */
export function periodStates(objective: MeasuredObjective, today: Date) {
  return Array.from({ length: periodCount(objective.frequency) }, (_, i) => {
    const period = i + 1;
    const m = objective.measurements.find((x) => x.period === period) ?? null;
    return periodState(objective.year, objective.frequency, period, m, today);
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

export async function listObjectives(
  user: SessionUser,
  query: ObjectiveListQuery,
  today: Date = new Date(),
): Promise<{ rows: ObjectiveRow[]; total: number; page: number; pageSize: number }> {
  authorize(user, "objective.read");
  const db = await getDb();
  const filterUnit = query.unitId ?? query.agencyId;
  const unit = filterUnit ? await db.unit.findUnique({ where: { id: filterUnit }, select: { path: true } }) : null;
  if (filterUnit && !unit) return { rows: [], total: 0, page: query.page, pageSize: OBJECTIVES_PAGE_SIZE };
  const where: Prisma.QualityObjectiveWhereInput = {
    AND: [
      readableWhere(user),
      unit ? { unit: { path: { startsWith: unit.path } } } : {},
      query.year ? { year: query.year } : {},
      query.perspective ? { perspective: query.perspective } : {},
      query.status ? { status: query.status } : {},
      query.q
        ? { OR: [{ statement: { contains: query.q, mode: "insensitive" } }, { code: { contains: query.q, mode: "insensitive" } }, { indicator: { contains: query.q, mode: "insensitive" } }] }
        : {},
    ],
  };
  const objectives = await db.qualityObjective.findMany({
    where,
    orderBy: [{ year: "desc" }, { unit: { name: "asc" } }, { code: "asc" }],
    select: {
      id: true, code: true, year: true, statement: true, perspective: true, status: true, frequency: true,
      direction: true, target: true, targetLow: true, targetHigh: true, measureUnit: true,
      unit: { select: { id: true, name: true } }, owner: { select: { name: true } },
      measurements: { select: { period: true, value: true, direction: true, target: true, targetLow: true, targetHigh: true } },
    },
  });
  const rows = objectives
    .map((o) => ({
      id: o.id, code: o.code, year: o.year, statement: o.statement, unitId: o.unit.id, unitName: o.unit.name,
      perspective: o.perspective, status: o.status, frequency: o.frequency, ownerName: o.owner.name,
      targetText: targetText(o, o.measureUnit),
      ...summarise(periodStates(o, today)),
    }))
    .filter((r) => !query.achievement || r.achievement === query.achievement);
  const start = (query.page - 1) * OBJECTIVES_PAGE_SIZE;
  return { rows: rows.slice(start, start + OBJECTIVES_PAGE_SIZE), total: rows.length, page: query.page, pageSize: OBJECTIVES_PAGE_SIZE };
}

export async function getObjective(user: SessionUser, id: string, today: Date = new Date()): Promise<ObjectiveDetail | null> {
  authorize(user, "objective.read");
  const db = await getDb();
  const o = await db.qualityObjective.findFirst({
    where: { id, ...readableWhere(user) },
    include: {
      unit: { select: { id: true, name: true, path: true } },
      owner: { select: { id: true, name: true } },
      policy: { select: { id: true, versionNo: true, commitments: true } },
      sops: { select: { sop: { select: { id: true, title: true, number: true, unit: { select: { name: true } } } } } },
      measurements: { include: { evidence: { select: { id: true, fileName: true, size: true } } } },
      revisions: { orderBy: { revisionNo: "desc" }, select: { revisionNo: true, reason: true, createdBy: true, createdAt: true } },
    },
  });
  if (!o) return null;
  const states = periodStates(o, today);
  const periods: PeriodRow[] = states.map((state) => {
    const m = o.measurements.find((x) => x.period === state.period);
    const measurement: MeasurementView | null = m
      ? {
          id: m.id, period: m.period, value: m.value, achieved: isAchieved(m, m.value), targetText: targetText(m, o.measureUnit),
          note: m.note, analysis: m.analysis, evidenceUrl: m.evidenceUrl, evidence: m.evidence, enteredBy: m.enteredBy,
          updatedAt: m.updatedAt, version: m.version,
        }
      : null;
    return { ...state, label: periodLabel(o.frequency, state.period), end: periodEnd(o.year, o.frequency, state.period), measurement };
  });
  const target = { unitPath: o.unit.path };
  const manage = can(user, "objective.manage", target);
  return {
    id: o.id, code: o.code, year: o.year, statement: o.statement, unit: o.unit, perspective: o.perspective,
    indicator: o.indicator, formula: o.formula, measureUnit: o.measureUnit, direction: o.direction, target: o.target,
    targetLow: o.targetLow, targetHigh: o.targetHigh, targetText: targetText(o, o.measureUnit), baseline: o.baseline,
    frequency: o.frequency, owner: o.owner, dataSource: o.dataSource, processes: o.processes,
    policy: o.policy
      ? { id: o.policy.id, versionNo: o.policy.versionNo, commitmentNo: o.commitmentNo, commitment: o.commitmentNo ? o.policy.commitments[o.commitmentNo - 1] ?? null : null }
      : null,
    status: o.status, returnNote: o.returnNote, closedReason: o.closedReason, revisionNo: o.revisionNo,
    approvedAt: o.approvedAt, approvedBy: o.approvedBy, version: o.version,
    sops: o.sops.map(({ sop }) => ({ id: sop.id, title: sop.title, number: sop.number, unitName: sop.unit.name })),
    periods,
    revisions: o.revisions,
    allowed: {
      edit: manage && EDITABLE_STATUSES.includes(o.status),
      revise: manage && o.status === "DISETUJUI",
      submit: manage && canTransition(o.status, "submit"),
      approve: can(user, "objective.approve", target) && canTransition(o.status, "approve"),
      return: can(user, "objective.approve", target) && canTransition(o.status, "return"),
      close: can(user, "objective.close", target) && canTransition(o.status, "close"),
      measure: o.approvedAt !== null && o.status !== "DITUTUP" && (o.ownerId === user.id || can(user, "objective.measure", target)),
    },
  };
}

/** Objectives that name an SOP, for the SOP page's "Catatan terkait". */
export async function listObjectivesForSop(user: SessionUser, sopId: string) {
  const db = await getDb();
  if (!can(user, "objective.read")) return [];
  return db.qualityObjective.findMany({
    where: { sops: { some: { sopId } }, ...readableWhere(user) },
    select: { id: true, code: true, year: true, statement: true, status: true },
    orderBy: [{ year: "desc" }, { code: "asc" }],
  });
}

/** An evidence file, if the user may read an objective it proves. */
export async function getEvidence(user: SessionUser, attachmentId: string) {
  authorize(user, "objective.read");
  const db = await getDb();
  const linked = await db.objectiveMeasurement.findFirst({
    where: { evidenceId: attachmentId, objective: readableWhere(user) },
    select: { evidence: { select: { fileName: true, mimeType: true, data: true } } },
  });
  return linked?.evidence ?? null;
}
