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
