// Writes of sasaran mutu: each in one transaction that checks permission on the record, the
// version the user saw and the workflow table, and records activity.
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { conflict, notFound, ruleBroken, staleRecord } from "../errors";
import { OBJECTIVE_STATUS_LABELS } from "./constants";
import { EDITABLE_STATUSES, OBJECTIVE_TRANSITIONS, TRANSITION_LABELS, canTransition } from "./rules";
import type { ObjectiveFormValues } from "./schema";

export const definitionSelect = {
  unitId: true, year: true, code: true, statement: true, perspective: true, indicator: true, formula: true,
  measureUnit: true, direction: true, target: true, targetLow: true, targetHigh: true, baseline: true,
  frequency: true, ownerId: true, dataSource: true, processes: true, policyId: true, commitmentNo: true,
} as const;

export async function loadObjective(tx: Tx, id: string) {
  const objective = await tx.qualityObjective.findUnique({
    where: { id },
    select: {
      ...definitionSelect, id: true, status: true, version: true, revisionNo: true, approvedAt: true,
      unit: { select: { path: true } }, sops: { select: { sopId: true } },
    },
  });
  if (!objective) throw notFound("Sasaran mutu");
  return objective;
}

/** Checks that what the form names exists and fits: the unit, the PIC, the SOPs, the policy. */
async function checkReferences(tx: Tx, values: ObjectiveFormValues): Promise<{ unitPath: string }> {
  const unit = await tx.unit.findUnique({ where: { id: values.unitId }, select: { path: true, active: true } });
  if (!unit || !unit.active) throw conflict("Unit tidak ditemukan atau sudah nonaktif.", "unitId");
  const owner = await tx.user.findUnique({ where: { id: values.ownerId }, select: { active: true } });
  if (!owner || !owner.active) throw conflict("PIC tidak ditemukan atau sudah nonaktif.", "ownerId");
  if (values.sopIds.length > 0) {
    const found = await tx.sop.count({ where: { id: { in: values.sopIds } } });
    if (found !== new Set(values.sopIds).size) throw conflict("Sebagian SOP yang dipilih tidak ada di katalog.", "sopIds");
  }
  if (values.policyId) {
    const policy = await tx.qualityPolicy.findUnique({
      where: { id: values.policyId },
      select: { status: true, commitments: true, agency: { select: { path: true } } },
    });
    if (!policy || policy.status !== "DISETUJUI") throw conflict("Pilih kebijakan mutu yang berlaku.", "policyId");
    if (!unit.path.startsWith(policy.agency.path)) throw conflict("Kebijakan mutu ini milik Perangkat Daerah lain.", "policyId");
    if (values.commitmentNo !== null && values.commitmentNo > policy.commitments.length) {
      throw conflict(`Kebijakan mutu ini hanya memiliki ${policy.commitments.length} komitmen.`, "commitmentNo");
    }
  }
  return { unitPath: unit.path };
}

async function assertCodeFree(tx: Tx, values: ObjectiveFormValues, exceptId?: string) {
  const clash = await tx.qualityObjective.findFirst({
    where: { unitId: values.unitId, year: values.year, code: values.code, NOT: exceptId ? { id: exceptId } : undefined },
    select: { id: true },
  });
  if (clash) throw conflict(`Kode ${values.code} sudah dipakai sasaran lain unit ini pada tahun ${values.year}.`, "code");
}

function definitionData(values: ObjectiveFormValues) {
  const { sopIds: _sopIds, ...definition } = values;
  const ranged = definition.direction === "RENTANG";
  return {
    ...definition,
    target: ranged ? null : definition.target,
    targetLow: ranged ? definition.targetLow : null,
    targetHigh: ranged ? definition.targetHigh : null,
  };
}

export async function createObjective(user: SessionUser, values: ObjectiveFormValues): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { unitPath } = await checkReferences(tx, values);
    authorize(user, "objective.manage", { unitPath });
    await assertCodeFree(tx, values);
    const created = await tx.qualityObjective.create({
      data: {
        ...definitionData(values), createdById: user.id,
        sops: { create: [...new Set(values.sopIds)].map((sopId) => ({ sopId })) },
      },
      select: { id: true, ...definitionSelect },
    });
    await recordActivity(tx, { actor: actorOf(user), entity: "objective", entityId: created.id, action: "create", after: { ...created, sopIds: values.sopIds } });
    return { id: created.id };
  });
}

/** Editing a draft or returned objective in place. */
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
    await writeDefinition(tx, id, version, values, {});
    const { unit: _u, ...snapshot } = before;
    await recordActivity(tx, {
      actor: actorOf(user), entity: "objective", entityId: id, action: "update",
      before: { ...snapshot, sopIds: before.sops.map((s) => s.sopId) }, after: { ...definitionData(values), sopIds: values.sopIds },
    });
  });
}

async function writeDefinition(tx: Tx, id: string, version: number, values: ObjectiveFormValues, extra: Record<string, unknown>) {
  const { count } = await tx.qualityObjective.updateMany({
    where: { id, version },
    data: { ...definitionData(values), ...extra, version: { increment: 1 } },
  });
  if (count === 0) throw staleRecord();
  await tx.objectiveSop.deleteMany({ where: { objectiveId: id } });
  if (values.sopIds.length > 0) {
    await tx.objectiveSop.createMany({ data: [...new Set(values.sopIds)].map((sopId) => ({ objectiveId: id, sopId })) });
  }
}

/**
 * Revising an approved objective: its definition becomes a new revision (the previous one is kept
 * with the reason) and it goes back to draft for approval; its measurements stay, each judged
 * against the target that was in force when it was entered.
 */
export async function reviseObjective(user: SessionUser, id: string, version: number, reason: string, values: ObjectiveFormValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await loadObjective(tx, id);
    authorize(user, "objective.manage", { unitPath: before.unit.path });
    if (before.version !== version) throw staleRecord();
    if (before.status !== "DISETUJUI") throw ruleBroken("Hanya sasaran yang sudah disetujui yang direvisi; sasaran lain diubah langsung.");
    if (values.unitId !== before.unitId || values.year !== before.year || values.code !== before.code) {
      throw conflict("Unit, tahun dan kode tidak berubah dalam revisi; buat sasaran baru untuk itu.", "code");
    }
    await checkReferences(tx, values);
    const { unit: _u, sops, id: _id, status: _s, version: _v, approvedAt: _a, revisionNo, ...definition } = before;
    await tx.objectiveRevision.create({
      data: {
        objectiveId: id, revisionNo, reason, createdById: user.id, createdBy: user.name,
        definition: { ...definition, sopIds: sops.map((s) => s.sopId) },
      },
    });
    await writeDefinition(tx, id, version, values, { revisionNo: revisionNo + 1, status: "DRAF", returnNote: null });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "objective", entityId: id, action: "revise", reason,
      before: { revisionNo, ...definition }, after: { revisionNo: revisionNo + 1, ...definitionData(values) },
    });
  });
}

export async function transitionObjective(
  user: SessionUser,
  input: { id: string; version: number; transition: keyof typeof OBJECTIVE_TRANSITIONS; note: string | null },
): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const objective = await loadObjective(tx, input.id);
    const rule = OBJECTIVE_TRANSITIONS[input.transition];
    authorize(user, rule.permission, { unitPath: objective.unit.path });
    if (objective.version !== input.version) throw staleRecord();
    if (!canTransition(objective.status, input.transition)) {
      throw ruleBroken(`Sasaran berstatus ${OBJECTIVE_STATUS_LABELS[objective.status]} tidak dapat di-${TRANSITION_LABELS[input.transition].toLowerCase()}.`);
    }
    const now = new Date();
    const data = {
      submit: { submittedAt: now, returnNote: null },
      approve: { approvedAt: now, approvedById: user.id, approvedBy: user.name, returnNote: null },
      return: { returnNote: input.note },
      close: { closedAt: now, closedReason: input.note },
    }[input.transition];
    await tx.qualityObjective.update({ where: { id: input.id }, data: { ...data, status: rule.to, version: { increment: 1 } } });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "objective", entityId: input.id, action: input.transition,
      before: { status: objective.status }, after: { status: rule.to }, reason: input.note,
    });
  });
}
