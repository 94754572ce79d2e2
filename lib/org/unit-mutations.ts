// Writes to the organisation tree. Each runs in one transaction that also records activity.
import { randomUUID } from "node:crypto";
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { conflict, notFound, ruleBroken, staleRecord } from "../errors";
import { UNIT_TYPE_LABELS } from "./constants";
import { childPath, depthOf, isWithin, mayContain, rebasePath } from "./rules";
import type { SetActiveValues, UnitCreateValues, UnitMoveValues, UnitUpdateValues } from "./schema";

const snapshotSelect = {
  id: true, code: true, name: true, shortName: true, type: true, parentId: true, path: true, active: true, timeZone: true, version: true,
} as const;

async function loadUnit(tx: Tx, id: string) {
  const unit = await tx.unit.findUnique({ where: { id }, select: snapshotSelect });
  if (!unit) throw notFound("Unit");
  return unit;
}

async function assertCodeFree(tx: Tx, code: string, exceptId?: string) {
  const taken = await tx.unit.findFirst({ where: { code, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } });
  if (taken) throw conflict(`Kode "${code}" sudah dipakai unit lain.`, "code");
}

/** Compare-and-set on the version: refuses when someone saved in between. */
async function bumpVersion(tx: Tx, id: string, expected: number, data: Record<string, unknown>) {
  const { count } = await tx.unit.updateMany({ where: { id, version: expected }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw staleRecord();
}

export async function createUnit(user: SessionUser, input: UnitCreateValues): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const parent = input.parentId ? await loadUnit(tx, input.parentId) : null;
    if (parent) authorize(user, "unit.manage", { unitPath: parent.path });
    else authorize(user, "unit.manage", { unitPath: "/" }); // a new top-level unit needs portal-wide scope
    if (parent && !parent.active) throw ruleBroken("Unit induk sudah nonaktif.");
    if (!mayContain(parent?.type ?? null, input.type)) {
      throw conflict(
        parent
          ? `${UNIT_TYPE_LABELS[input.type]} tidak dapat berada langsung di bawah ${UNIT_TYPE_LABELS[parent.type]}.`
          : "Unit teratas harus berjenis Pemerintah Provinsi.",
        "type",
      );
    }
    await assertCodeFree(tx, input.code);
    const id = randomUUID();
    const path = childPath(parent?.path ?? null, id);
    const created = await tx.unit.create({
      data: { id, code: input.code, name: input.name, shortName: input.shortName, type: input.type, parentId: parent?.id ?? null, path, depth: depthOf(path) },
      select: snapshotSelect,
    });
    await recordActivity(tx, { actor: actorOf(user), entity: "unit", entityId: id, action: "create", after: created });
    return { id };
  });
}

export async function updateUnit(user: SessionUser, input: UnitUpdateValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await loadUnit(tx, input.id);
    authorize(user, "unit.manage", { unitPath: before.path });
    await assertCodeFree(tx, input.code, input.id);
    await bumpVersion(tx, input.id, input.version, { name: input.name, shortName: input.shortName, code: input.code, ...(input.timeZone ? { timeZone: input.timeZone } : {}) });
    const after = await loadUnit(tx, input.id);
    await recordActivity(tx, { actor: actorOf(user), entity: "unit", entityId: input.id, action: "update", before, after });
  });
}

export async function moveUnit(user: SessionUser, input: UnitMoveValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const unit = await loadUnit(tx, input.id);
    const target = await loadUnit(tx, input.parentId);
    authorize(user, "unit.manage", { unitPath: unit.path });
    authorize(user, "unit.manage", { unitPath: target.path });
    if (isWithin(target.path, unit.path)) throw ruleBroken("Unit tidak dapat dipindah ke bawah dirinya sendiri atau sub-unitnya.");
    if (!target.active) throw ruleBroken("Unit tujuan sudah nonaktif.");
    if (!mayContain(target.type, unit.type)) {
      throw ruleBroken(`${UNIT_TYPE_LABELS[unit.type]} tidak dapat berada langsung di bawah ${UNIT_TYPE_LABELS[target.type]}.`);
    }
    if (unit.version !== input.version) throw staleRecord();
    if (unit.parentId === target.id) return;
    const newPath = childPath(target.path, unit.id);
    await bumpVersion(tx, unit.id, input.version, { parentId: target.id, path: newPath, depth: depthOf(newPath) });
    const descendants = await tx.unit.findMany({ where: { path: { startsWith: unit.path }, NOT: { id: unit.id } }, select: { id: true, path: true } });
    for (const d of descendants) {
      const path = rebasePath(d.path, unit.path, newPath);
      await tx.unit.update({ where: { id: d.id }, data: { path, depth: depthOf(path) } });
    }
    const after = await loadUnit(tx, unit.id);
    await recordActivity(tx, { actor: actorOf(user), entity: "unit", entityId: unit.id, action: "move", before: unit, after });
  });
}

export async function setUnitActive(user: SessionUser, input: SetActiveValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const unit = await loadUnit(tx, input.id);
    authorize(user, "unit.manage", { unitPath: unit.path });
    if (unit.version !== input.version) throw staleRecord();
    if (unit.active === input.active) return;
    if (!input.active) {
      const activeChildren = await tx.unit.count({ where: { parentId: unit.id, active: true } });
      if (activeChildren > 0) throw ruleBroken(`Unit ini masih memiliki ${activeChildren} sub-unit aktif. Nonaktifkan atau pindahkan dahulu.`);
      const activeUsers = await tx.user.count({ where: { unitId: unit.id, active: true } });
      if (activeUsers > 0) throw ruleBroken(`Masih ada ${activeUsers} pengguna aktif di unit ini. Pindahkan atau nonaktifkan dahulu.`);
    } else if (unit.parentId) {
      const parent = await loadUnit(tx, unit.parentId);
      if (!parent.active) throw ruleBroken("Aktifkan unit induknya dahulu.");
    }
    await bumpVersion(tx, unit.id, input.version, { active: input.active });
    await recordActivity(tx, {
      actor: actorOf(user),
      entity: "unit",
      entityId: unit.id,
      action: input.active ? "activate" : "deactivate",
      before: { active: unit.active },
      after: { active: input.active },
      reason: input.reason,
    });
  });
}
