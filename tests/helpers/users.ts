// Session users for tests, loaded the same way the portal loads them for a request.
import { loadSessionUser } from "../../lib/auth/load-user";
import type { SessionUser } from "../../lib/auth/types";
import type { PrismaClient } from "../../lib/db";

export async function sessionFor(db: PrismaClient, email: string): Promise<SessionUser> {
  const row = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  const user = await loadSessionUser(db, row.id, row.sessionVersion);
  if (!user) throw new Error(`${email} has no valid session`);
  return user;
}

export async function unitId(db: PrismaClient, code: string): Promise<string> {
  return (await db.unit.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

/** Session users by a short name, e.g. sessionsFor(db, { kadis: "kadis@…" }). */
export async function sessionsFor<K extends string>(db: PrismaClient, emails: Record<K, string>): Promise<Record<K, SessionUser>> {
  const entries = await Promise.all(Object.entries<string>(emails).map(async ([key, email]) => [key, await sessionFor(db, email)] as const));
  return Object.fromEntries(entries) as Record<K, SessionUser>;
}
