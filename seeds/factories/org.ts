// Record builders for units, users and role grants, shared by the seed script and the tests.
// Each "ensure" is idempotent: it finds the record by its natural key and creates it only if missing.
import { randomUUID } from "node:crypto";
import { recordActivity } from "../../lib/activity/record";
import { hashPassword } from "../../lib/auth/password";
import type { Role } from "../../lib/auth/roles";
import type { PrismaClient } from "../../lib/db";
import type { UnitType } from "../../lib/org/constants";
import { childPath, depthOf } from "../../lib/org/rules";

export const SYSTEM_ACTOR = { id: "system", label: "Sistem (data awal)" };
const SYSTEM = SYSTEM_ACTOR;

export interface UnitSpec {
  code: string;
  name: string;
  shortName?: string;
  type: UnitType;
}

export async function ensureUnit(
  db: PrismaClient,
  spec: UnitSpec,
  parent: { id: string; path: string } | null,
): Promise<{ id: string; path: string; created: boolean }> {
  const existing = await db.unit.findUnique({ where: { code: spec.code }, select: { id: true, path: true } });
  if (existing) return { ...existing, created: false };
  return db.$transaction(async (tx) => {
    const id = randomUUID();
    const path = childPath(parent?.path ?? null, id);
    const unit = await tx.unit.create({
      data: { id, code: spec.code, name: spec.name, shortName: spec.shortName ?? null, type: spec.type, parentId: parent?.id ?? null, path, depth: depthOf(path) },
      select: { id: true, code: true, name: true, type: true, parentId: true, path: true },
    });
    await recordActivity(tx, { actor: SYSTEM, entity: "unit", entityId: id, action: "create", after: unit });
    return { id, path, created: true };
  });
}

export interface UserSpec {
  nip?: string | null;
  email?: string | null;
  name: string;
  position?: string | null;
  unitId: string;
  password: string;
  mustChangePassword?: boolean;
  active?: boolean;
  grants?: { role: Role; unitId: string | null }[];
}

export async function ensureUser(db: PrismaClient, spec: UserSpec): Promise<{ id: string; created: boolean }> {
  const key = spec.nip ? { nip: spec.nip } : spec.email ? { email: spec.email } : null;
  if (!key) throw new Error("ensureUser needs a NIP or an email");
  const existing = await db.user.findUnique({ where: key, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const passwordHash = await hashPassword(spec.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        nip: spec.nip ?? null,
        email: spec.email?.toLowerCase() ?? null,
        name: spec.name,
        position: spec.position ?? null,
        unitId: spec.unitId,
        passwordHash,
        mustChangePassword: spec.mustChangePassword ?? false,
        active: spec.active ?? true,
      },
      select: { id: true, nip: true, email: true, name: true, unitId: true, active: true },
    });
    await recordActivity(tx, { actor: SYSTEM, entity: "user", entityId: user.id, action: "create", after: user });
    for (const grant of spec.grants ?? []) {
      const created = await tx.roleGrant.create({
        data: { userId: user.id, role: grant.role, unitId: grant.unitId },
        select: { id: true, userId: true, role: true, unitId: true },
      });
      await recordActivity(tx, { actor: SYSTEM, entity: "user", entityId: user.id, action: "grant", after: created });
    }
    return { id: user.id, created: true };
  });
}
