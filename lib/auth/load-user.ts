// Loads the user a session token names, refusing it when the account was deactivated or the
// token's session version is older than the account's (logout, deactivation, password reset).
import type { PrismaClient } from "../db";
import type { SessionUser } from "./types";

export async function loadSessionUser(
  db: PrismaClient,
  userId: string,
  sessionVersion: number,
): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      nip: true,
      email: true,
      active: true,
      sessionVersion: true,
      mustChangePassword: true,
      unit: { select: { id: true, name: true, path: true } },
      grants: {
        select: { role: true, unitId: true, unit: { select: { path: true, name: true, active: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    name: user.name,
    nip: user.nip,
    email: user.email,
    unitId: user.unit.id,
    unitName: user.unit.name,
    unitPath: user.unit.path,
    mustChangePassword: user.mustChangePassword,
    grants: user.grants
      .filter((g) => g.unit === null || g.unit.active)
      .map((g) => ({
        role: g.role,
        unitId: g.unitId,
        unitPath: g.unit?.path ?? null,
        unitName: g.unit?.name ?? null,
      })),
  };
}
