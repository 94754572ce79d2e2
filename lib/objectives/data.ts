import "server-only";
// Reads of sasaran mutu, inside the reader's scope: a unit head sees their subtree, a pimpinan
// their agency, a province-level grant everything, and every PIC their own objectives.
import { ATTACHMENT_FILE_SELECT } from "../attachments/download";
import { authorize, can } from "../auth/permissions";
import { mayMeasureObjective } from "../auth/record-rules";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { formatDecimal } from "../utils/number";
import { paginate, type Page } from "../utils/paginate";
import { allowedTransitions } from "../workflow";
import { OBJECTIVES_PAGE_SIZE, type Achievement, type MeasurementFrequency } from "./constants";
import { EDITABLE_STATUSES, describeTarget, valueBounds, isAchieved, measurementWindow, periodCount, periodEnd, periodLabel, periodState, type TargetSpec } from "./rules";
import { measuredSelect, objectiveFilterWhere, periodStates, summarise, type MeasuredObjective } from "./list-where-data";
import type { ObjectiveListQuery } from "./schema";
import type { MeasurementView, ObjectiveDetail, ObjectiveRow, PendingRevisionView, PeriodRow } from "./types";
import { OBJECTIVE_REVISION_WORKFLOW, OBJECTIVE_WORKFLOW } from "./workflow";
import { selfApprovalAllowedAt } from "../org/self-approval-data";

export function readableWhere(user: SessionUser): Prisma.QualityObjectiveWhereInput {
  return { OR: [{ unit: unitPathWhere(unitScope(user, "objective.read")) }, { ownerId: user.id }] };
}

export { periodStates, summarise };

export const targetText = (spec: TargetSpec, unit: string) => describeTarget(spec, unit, formatDecimal);

const LIST_ORDER: Prisma.QualityObjectiveOrderByWithRelationInput[] = [{ year: "desc" }, { unit: { name: "asc" } }, { code: "asc" }, { id: "asc" }];

async function listWhere(user: SessionUser, query: ObjectiveListQuery): Promise<Prisma.QualityObjectiveWhereInput | null> {
  const filter = await objectiveFilterWhere(await getDb(), query);
  return filter && { AND: [readableWhere(user), filter] };
}

/**
 * The ids of every objective the list shows for the query, in list order. The achievement filter
 * depends on today's date, so it is computed over the measurements (a narrow select), not stored.
 */
export async function listObjectiveIds(user: SessionUser, query: ObjectiveListQuery, today: Date = new Date()): Promise<string[]> {
  authorize(user, "objective.read");
  const where = await listWhere(user, query);
  if (!where) return [];
  const db = await getDb();
  const rows = await db.qualityObjective.findMany({ where, orderBy: LIST_ORDER, select: { id: true, ...(query.achievement ? measuredSelect : {}) } });
  if (!query.achievement) return rows.map((r) => r.id);
  return rows
    .filter((r) => summarise(periodStates(r as unknown as MeasuredObjective, today)).achievement === query.achievement)
    .map((r) => r.id);
}

export async function listObjectives(user: SessionUser, query: ObjectiveListQuery, today: Date = new Date()): Promise<Page<ObjectiveRow>> {
  authorize(user, "objective.read");
  const where = await listWhere(user, query);
  const db = await getDb();
  const select = {
    id: true, code: true, statement: true, perspective: true, status: true,
    direction: true, target: true, targetLow: true, targetHigh: true, measureUnit: true,
    unit: { select: { id: true, name: true } }, owner: { select: { name: true } }, ...measuredSelect,
  } as const;
  type Selected = Prisma.QualityObjectiveGetPayload<{ select: typeof select }>;
  const toRow = (o: Selected): ObjectiveRow => ({
    id: o.id, code: o.code, year: o.year, statement: o.statement, unitId: o.unit.id, unitName: o.unit.name,
    perspective: o.perspective, status: o.status, frequency: o.frequency, ownerName: o.owner.name,
    targetText: targetText(o, o.measureUnit),
    ...summarise(periodStates(o, today)),
  });
  if (!where) return paginate(query.page, OBJECTIVES_PAGE_SIZE, async () => 0, async () => []);
  if (query.achievement) {
    const ids = await listObjectiveIds(user, query, today);
    return paginate(query.page, OBJECTIVES_PAGE_SIZE, async () => ids.length, async (skip, take) => {
      const pageIds = ids.slice(skip, skip + take);
      const found = await db.qualityObjective.findMany({ where: { id: { in: pageIds } }, select });
      return pageIds.map((id) => toRow(found.find((o) => o.id === id)!));
    });
  }
  return paginate(
    query.page,
    OBJECTIVES_PAGE_SIZE,
    () => db.qualityObjective.count({ where }),
    async (skip, take) => (await db.qualityObjective.findMany({ where, orderBy: LIST_ORDER, skip, take, select })).map(toRow),
  );
}

/** The agency's one-person-office setting, for the separation-of-duties rule. */
async function selfApprovalAllowed(unitPath: string): Promise<boolean> {
  const db = await getDb();
  return selfApprovalAllowedAt(db, unitPath);
}

export async function getObjective(user: SessionUser, id: string, today: Date = new Date()): Promise<ObjectiveDetail | null> {
  authorize(user, "objective.read");
  const db = await getDb();
  const o = await db.qualityObjective.findFirst({
    where: { id, ...readableWhere(user) },
    select: {
      id: true, code: true, year: true, statement: true, perspective: true, indicator: true, formula: true, measureUnit: true,
      direction: true, target: true, targetLow: true, targetHigh: true, baseline: true, frequency: true, dataSource: true,
      valueMin: true, valueMax: true, processes: true, commitmentNo: true, status: true, returnNote: true, closedReason: true, closedAt: true, revisionNo: true,
      approvedAt: true, approvedBy: true, version: true, ownerId: true, submittedById: true, lastEditedById: true,
      unit: { select: { id: true, name: true, path: true } },
      owner: { select: { id: true, name: true } },
      policy: { select: { id: true, versionNo: true, commitments: true } },
      sops: { select: { sop: { select: { id: true, title: true, number: true, unit: { select: { name: true } } } } } },
      measurements: {
        select: {
          id: true, period: true, value: true, direction: true, target: true, targetLow: true, targetHigh: true, note: true, analysis: true,
          evidenceUrl: true, enteredBy: true, updatedAt: true, version: true, evidence: { select: { id: true, fileName: true, size: true } },
        },
      },
      revisions: {
        orderBy: { revisionNo: "desc" },
        select: {
          id: true, revisionNo: true, reason: true, status: true, createdBy: true, createdAt: true, approvedAt: true, approvedBy: true,
          returnNote: true, definition: true, version: true, submittedById: true, lastEditedById: true,
        },
      },
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
  const unitPath = o.unit.path;
  const selfApproval = await selfApprovalAllowed(unitPath);
  const manage = can(user, "objective.manage", { unitPath });
  const pendingRow = o.revisions.find((r) => r.status === "DRAF" || r.status === "DIAJUKAN" || r.status === "DIKEMBALIKAN");
  const pendingRevision: PendingRevisionView | null = pendingRow
    ? {
        id: pendingRow.id, revisionNo: pendingRow.revisionNo, status: pendingRow.status, reason: pendingRow.reason,
        returnNote: pendingRow.returnNote, createdBy: pendingRow.createdBy, createdAt: pendingRow.createdAt, version: pendingRow.version,
        definition: pendingRow.definition as PendingRevisionView["definition"],
        editable: manage && (pendingRow.status === "DRAF" || pendingRow.status === "DIKEMBALIKAN"),
        transitions: allowedTransitions(OBJECTIVE_REVISION_WORKFLOW, user, {
          id: pendingRow.id, version: pendingRow.version, status: pendingRow.status, unitPath, objectiveId: o.id,
          revisionNo: pendingRow.revisionNo, submittedById: pendingRow.submittedById, lastEditedById: pendingRow.lastEditedById,
          selfApprovalAllowed: selfApproval,
        }),
      }
    : null;
  return {
    id: o.id, code: o.code, year: o.year, statement: o.statement, unit: o.unit, perspective: o.perspective,
    indicator: o.indicator, formula: o.formula, measureUnit: o.measureUnit, direction: o.direction, target: o.target,
    targetLow: o.targetLow, targetHigh: o.targetHigh, targetText: targetText(o, o.measureUnit), baseline: o.baseline,
    valueMin: o.valueMin, valueMax: o.valueMax, valueBounds: valueBounds(o.measureUnit, o), frequency: o.frequency, owner: o.owner, dataSource: o.dataSource, processes: o.processes,
    policy: o.policy
      ? { id: o.policy.id, versionNo: o.policy.versionNo, commitmentNo: o.commitmentNo, commitment: o.commitmentNo ? o.policy.commitments[o.commitmentNo - 1] ?? null : null }
      : null,
    status: o.status, returnNote: o.returnNote, closedReason: o.closedReason, revisionNo: o.revisionNo,
    approvedAt: o.approvedAt, approvedBy: o.approvedBy, version: o.version,
    sops: o.sops.map(({ sop }) => ({ id: sop.id, title: sop.title, number: sop.number, unitName: sop.unit.name })),
    periods,
    revisions: o.revisions
      .filter((r) => r.status === "DISETUJUI")
      .map((r) => ({ revisionNo: r.revisionNo, reason: r.reason, createdBy: r.createdBy, createdAt: r.createdAt, approvedAt: r.approvedAt, approvedBy: r.approvedBy })),
    pendingRevision,
    transitions: allowedTransitions(OBJECTIVE_WORKFLOW, user, {
      id: o.id, version: o.version, status: o.status, unitPath, submittedById: o.submittedById, lastEditedById: o.lastEditedById,
      selfApprovalAllowed: selfApproval,
    }),
    allowed: {
      edit: manage && EDITABLE_STATUSES.includes(o.status),
      revise: manage && o.status === "DISETUJUI" && (pendingRevision === null || pendingRevision.editable),
      measure: o.approvedAt !== null && o.status !== "DITUTUP" && mayMeasureObjective(user, { ownerId: o.ownerId, unitPath }),
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
    select: { evidence: { select: ATTACHMENT_FILE_SELECT } },
  });
  return linked?.evidence ?? null;
}

/**
 * Names of the units and people an objective's history rows name (`unitId`, `ownerId`), also
 * earlier ones no longer on the objective. The caller has already shown the history to the reader.
 */
export async function historyNames(entries: { before: unknown; after: unknown }[]): Promise<Record<string, string>> {
  const ids = { unitId: new Set<string>(), ownerId: new Set<string>() };
  for (const entry of entries) {
    for (const snapshot of [entry.before, entry.after]) {
      if (typeof snapshot !== "object" || snapshot === null) continue;
      for (const key of ["unitId", "ownerId"] as const) {
        const value = (snapshot as Record<string, unknown>)[key];
        if (typeof value === "string") ids[key].add(value);
      }
    }
  }
  const db = await getDb();
  const [units, users] = await Promise.all([
    ids.unitId.size ? db.unit.findMany({ where: { id: { in: [...ids.unitId] } }, select: { id: true, name: true } }) : [],
    ids.ownerId.size ? db.user.findMany({ where: { id: { in: [...ids.ownerId] } }, select: { id: true, name: true } }) : [],
  ]);
  return Object.fromEntries([...units, ...users].map((r) => [r.id, r.name]));
}
