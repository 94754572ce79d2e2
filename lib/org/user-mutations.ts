// Writes to user accounts and their role grants; one transaction each, with activity.
import { actorOf, recordActivity } from "../activity/record";
import { accountRule, loginFailureMessage } from "../auth/login";
import { hashPassword, verifyPassword } from "../auth/password";
import { accountKey, clearAttempts, recordFailure, reserveAttempt } from "../auth/throttle";
import { authorize, authorizeAccount, type AccountTarget } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { conflict, forbidden, notFound, ruleBroken, staleRecord } from "../errors";
import type {
  GrantValues,
  PasswordChangeValues,
  PasswordResetValues,
  RevokeValues,
  SetActiveValues,
  UserCreateValues,
  UserUpdateValues,
} from "./schema";

const userSnapshot = {
  id: true, nip: true, email: true, name: true, position: true, unitId: true, active: true, mustChangePassword: true, version: true,
} as const;

async function loadUser(tx: Tx, id: string) {
  const user = await tx.user.findUnique({
    where: { id },
    select: { ...userSnapshot, unit: { select: { path: true } }, grants: { select: { unit: { select: { path: true } } } } },
  });
  if (!user) throw notFound("Pengguna");
  const { unit, grants, ...snapshot } = user;
  // Every grant counts, on inactive units too: reactivating the unit would bring the role back.
  const account: AccountTarget = { unitPath: unit.path, grantPaths: grants.map((g) => g.unit?.path ?? null) };
  return { snapshot, unitPath: unit.path, account };
}

async function loadActiveUnit(tx: Tx, id: string) {
  const unit = await tx.unit.findUnique({ where: { id }, select: { id: true, path: true, active: true } });
  if (!unit) throw conflict("Unit tidak ditemukan.", "unitId");
  if (!unit.active) throw conflict("Unit ini sudah nonaktif.", "unitId");
  return unit;
}

async function assertIdentifiersFree(tx: Tx, nip: string | null, email: string | null, exceptId?: string) {
  const not = exceptId ? { id: exceptId } : undefined;
  if (nip && (await tx.user.findFirst({ where: { nip, NOT: not }, select: { id: true } }))) {
    throw conflict("NIP ini sudah terdaftar untuk pengguna lain.", "nip");
  }
  if (email && (await tx.user.findFirst({ where: { email, NOT: not }, select: { id: true } }))) {
    throw conflict("Email ini sudah terdaftar untuk pengguna lain.", "email");
  }
}

async function casUser(tx: Tx, id: string, expected: number, data: Record<string, unknown>) {
  const { count } = await tx.user.updateMany({ where: { id, version: expected }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw staleRecord();
}

export async function createUser(actor: SessionUser, input: UserCreateValues): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const unit = await loadActiveUnit(tx, input.unitId);
    authorize(actor, "user.manage", { unitPath: unit.path });
    await assertIdentifiersFree(tx, input.nip, input.email);
    const created = await tx.user.create({
      data: {
        name: input.name, nip: input.nip, email: input.email, position: input.position, unitId: unit.id,
        passwordHash, mustChangePassword: true,
      },
      select: userSnapshot,
    });
    await recordActivity(tx, { actor: actorOf(actor), entity: "user", entityId: created.id, action: "create", after: created });
    // Every ASN reads the SOPs and documents of their own unit; other roles are granted explicitly.
    const grant = await tx.roleGrant.create({
      data: { userId: created.id, role: "PEGAWAI", unitId: unit.id, createdById: actor.id },
      select: { id: true, userId: true, role: true, unitId: true },
    });
    await recordActivity(tx, { actor: actorOf(actor), entity: "user", entityId: created.id, action: "grant", after: grant });
    return { id: created.id };
  });
}

export async function updateUser(actor: SessionUser, input: UserUpdateValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { snapshot: before, account } = await loadUser(tx, input.id);
    authorizeAccount(actor, "user.manage", account);
    if (input.unitId !== before.unitId) {
      const unit = await loadActiveUnit(tx, input.unitId);
      authorize(actor, "user.manage", { unitPath: unit.path });
    }
    await assertIdentifiersFree(tx, input.nip, input.email, input.id);
    await casUser(tx, input.id, input.version, {
      name: input.name, nip: input.nip, email: input.email, position: input.position, unitId: input.unitId,
    });
    const after = (await loadUser(tx, input.id)).snapshot;
    await recordActivity(tx, { actor: actorOf(actor), entity: "user", entityId: input.id, action: "update", before, after });
  });
}

/** Deactivation also ends every session of the account at once. */
export async function setUserActive(actor: SessionUser, input: SetActiveValues): Promise<void> {
  if (actor.id === input.id && !input.active) throw ruleBroken("Anda tidak dapat menonaktifkan akun Anda sendiri.");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { snapshot, account } = await loadUser(tx, input.id);
    authorizeAccount(actor, "user.manage", account);
    if (snapshot.version !== input.version) throw staleRecord();
    if (snapshot.active === input.active) return;
    await casUser(tx, input.id, input.version, { active: input.active, sessionVersion: { increment: 1 }, sessionEndReason: input.active ? null : "DEACTIVATED" });
    await recordActivity(tx, {
      actor: actorOf(actor), entity: "user", entityId: input.id,
      action: input.active ? "activate" : "deactivate",
      before: { active: snapshot.active }, after: { active: input.active }, reason: input.reason,
    });
  });
}

export async function resetPassword(actor: SessionUser, input: PasswordResetValues): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { account } = await loadUser(tx, input.id);
    authorizeAccount(actor, "user.manage", account);
    await casUser(tx, input.id, input.version, { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 }, sessionEndReason: "PASSWORD_RESET" });
    await clearAttempts(tx, accountKey(input.id));
    await recordActivity(tx, { actor: actorOf(actor), entity: "user", entityId: input.id, action: "password_reset", after: { mustChangePassword: true } });
  });
}

export async function changeOwnPassword(actor: SessionUser, input: PasswordChangeValues): Promise<void> {
  const db = await getDb();
  // Wrong current passwords count against the same lockout as sign-ins: a stolen session cannot
  // guess the password (and then keep the account) at leisure.
  const rule = accountRule();
  const now = new Date();
  const attempt = await reserveAttempt(db, accountKey(actor.id), rule, now);
  if (!attempt.allowed) throw conflict(loginFailureMessage("LOCKED"), "currentPassword");
  const current = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!current || !(await verifyPassword(current.passwordHash, input.currentPassword))) {
    await recordFailure(db, attempt, rule, now);
    throw conflict("Kata sandi saat ini salah.", "currentPassword");
  }
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await clearAttempts(tx, attempt.key);
    // Every session ends, this one too: the form signs in again with the new password.
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 }, sessionEndReason: "PASSWORD_CHANGED", version: { increment: 1 } },
    });
    await recordActivity(tx, { actor: actorOf(actor), entity: "user", entityId: actor.id, action: "password_change" });
  });
}

export async function grantRole(actor: SessionUser, input: GrantValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { account } = await loadUser(tx, input.userId);
    authorizeAccount(actor, "role.grant", account);
    const unit = input.unitId ? await loadActiveUnit(tx, input.unitId) : null;
    // A portal-wide grant needs a portal-wide granter ("/" is covered by no unit path).
    authorize(actor, "role.grant", { unitPath: unit?.path ?? "/" });
    const existing = await tx.roleGrant.findFirst({ where: { userId: input.userId, role: input.role, unitId: unit?.id ?? null } });
    if (existing) throw conflict("Pengguna sudah memegang peran ini pada unit tersebut.", "role");
    const grant = await tx.roleGrant.create({
      data: { userId: input.userId, role: input.role, unitId: unit?.id ?? null, createdById: actor.id },
      select: { id: true, userId: true, role: true, unitId: true },
    });
    await recordActivity(tx, { actor: actorOf(actor), entity: "user", entityId: input.userId, action: "grant", after: grant });
  });
}

export async function revokeRole(actor: SessionUser, input: RevokeValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const grant = await tx.roleGrant.findUnique({
      where: { id: input.grantId },
      select: { id: true, userId: true, role: true, unitId: true },
    });
    if (!grant) throw notFound("Peran");
    // The grant itself is one of the account's grants, so it is covered too.
    const { account } = await loadUser(tx, grant.userId);
    authorizeAccount(actor, "role.grant", account);
    if (grant.userId === actor.id && grant.role === "ADMIN") {
      throw forbidden("Anda tidak dapat mencabut peran Administrator Anda sendiri.");
    }
    await tx.roleGrant.delete({ where: { id: grant.id } });
    await recordActivity(tx, {
      actor: actorOf(actor), entity: "user", entityId: grant.userId, action: "revoke",
      before: { id: grant.id, role: grant.role, unitId: grant.unitId }, reason: input.reason ?? null,
    });
  });
}
