import "server-only";
// Writes of sasaran mutu: creating and editing a draft, and its workflow through the shared
// engine. Each write runs in one transaction that authorizes against the record, carries the
// version the user saw in the update's where-clause and records activity.
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma, type Tx } from "../db";
import { notFound, ruleBroken, staleRecord } from "../errors";
import { PENDING_STATES } from "../workflow";
import { runTransition, versionedWrite, type WorkflowStore } from "../workflow/run";
import { OBJECTIVE_STATUS_LABELS, type ObjectiveStatus } from "./constants";
import { checkReferences, assertCodeFree, definitionData, definitionSelect, definitionSnapshot, writeSopLinks } from "./definition-mutations";
import { objectiveNotices } from "./notices";
import { EDITABLE_STATUSES } from "./rules";
import type { ObjectiveFormValues } from "./schema";
import { OBJECTIVE_WORKFLOW, type ObjectiveRecord } from "./workflow";
import { selfApprovalAllowedAt } from "../org/self-approval-data";

export async function loadObjective(tx: Tx, id: string) {
  const objective = await tx.qualityObjective.findUnique({
    where: { id },
    select: {
      ...definitionSelect, id: true, status: true, version: true, revisionNo: true, approvedAt: true,
      submittedById: true, lastEditedById: true,
      unit: { select: { path: true } }, sops: { select: { sopId: true } },
    },
  });
  if (!objective) throw notFound("Sasaran mutu");
  return objective;
}

export async function createObjective(user: SessionUser, values: ObjectiveFormValues): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { unitPath } = await checkReferences(tx, values);
    authorize(user, "objective.manage", { unitPath });
    await assertCodeFree(tx, values);
    const created = await tx.qualityObjective.create({
      data: { ...definitionData(values), createdById: user.id, lastEditedById: user.id },
      select: { id: true, ...definitionSelect },
    });
    await writeSopLinks(tx, created.id, values.sopIds);
    await recordActivity(tx, { actor: actorOf(user), entity: "objective", entityId: created.id, action: "create", after: { ...created, sopIds: values.sopIds } });
    return { id: created.id };
  });
}

/** Editing a draft or returned objective in place (it has no definition in force yet). */
export async function updateObjective(user: SessionUser, id: string, version: number, values: ObjectiveFormValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await loadObjective(tx, id);
    authorize(user, "objective.manage", { unitPath: before.unit.path });
    if (before.version !== version) throw staleRecord();
    if (!EDITABLE_STATUSES.includes(before.status)) {
      throw ruleBroken(`Sasaran berstatus ${OBJECTIVE_STATUS_LABELS[before.status]} tidak dapat diubah langsung; gunakan Revisi.`);
    }
    const { unitPath } = await checkReferences(tx, values);
    authorize(user, "objective.manage", { unitPath });
    await assertCodeFree(tx, values, id);
    const { count } = await tx.qualityObjective.updateMany({
      where: { id, version, status: { in: [...EDITABLE_STATUSES] } },
      data: { ...definitionData(values), lastEditedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord();
    await writeSopLinks(tx, id, values.sopIds);
    await recordActivity(tx, {
      actor: actorOf(user), entity: "objective", entityId: id, action: "update",
      before: definitionSnapshot(before), after: { ...definitionData(values), sopIds: values.sopIds },
    });
  });
}

async function loadObjectiveRecord(tx: Tx, id: string): Promise<(ObjectiveRecord & { revisionNo: number }) | null> {
  const o = await tx.qualityObjective.findUnique({
    where: { id },
    select: { id: true, version: true, status: true, revisionNo: true, submittedById: true, lastEditedById: true, unit: { select: { path: true } } },
  });
  if (!o) return null;
  const agency = await agencySettingOf(tx, o.unit.path);
  return { ...o, unitPath: o.unit.path, selfApprovalAllowed: agency };
}

/** The agency's "one-person office" setting, read from the nearest unit above that sets it. */
export async function agencySettingOf(tx: Tx, unitPath: string): Promise<boolean> {
  return selfApprovalAllowedAt(tx, unitPath);
}

const objectiveStore: WorkflowStore<ObjectiveStatus, ObjectiveRecord & { revisionNo: number }, keyof typeof OBJECTIVE_WORKFLOW.transitions> = {
  table: "QualityObjective",
  load: loadObjectiveRecord,
  write: versionedWrite((tx, args) => tx.qualityObjective.updateMany(args as never)),
  notices: objectiveNotices,
  after: {
    // The first approved definition is kept as revision history like every later one.
    async approve(tx, { user, record, now }) {
      const o = await loadObjective(tx, record.id);
      await tx.objectiveRevision.create({
        data: {
          objectiveId: o.id, revisionNo: o.revisionNo, definition: definitionSnapshot(o) as Prisma.InputJsonObject, reason: "Definisi awal", status: "DISETUJUI",
          approvedAt: now, approvedById: user.id, approvedBy: user.name, createdById: o.submittedById, lastEditedById: o.lastEditedById,
        },
      });
    },
    // A closed objective is not revised any more: a pending draft is dropped with it.
    async close(tx, { record }) {
      await tx.objectiveRevision.updateMany({
        where: { objectiveId: record.id, status: { in: [...PENDING_STATES] } },
        data: { status: "DIBATALKAN", version: { increment: 1 } },
      });
    },
  },
};

export async function transitionObjective(
  user: SessionUser,
  input: { id: string; version: number; transition: keyof typeof OBJECTIVE_WORKFLOW.transitions; note: string | null },
): Promise<void> {
  const db = await getDb();
  await db.$transaction((tx) => runTransition(tx, OBJECTIVE_WORKFLOW, objectiveStore, user, input));
}
