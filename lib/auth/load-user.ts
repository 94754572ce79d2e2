// Loads the user a session token names, refusing it when the account was deactivated or the
// token's session version is older than the account's (logout, deactivation, password reset).
import type { PrismaClient } from "../db";
import type { Role } from "./roles";
import type { SessionUser } from "./types";

interface SessionRow {
  id: string;
  name: string;
  nip: string | null;
  email: string | null;
  active: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
  unitId: string;
  unitName: string;
  unitPath: string;
  grants: { role: Role; unitId: string | null; unitPath: string | null; unitName: string | null; unitActive: boolean | null }[];
}

/** Every request loads the user: one statement (user, home unit, grants with their units), not one per relation. */
export async function loadSessionUser(
  db: PrismaClient,
  userId: string,
  sessionVersion: number,
): Promise<SessionUser | null> {
  const [user] = await db.$queryRaw<SessionRow[]>`
    SELECT u.id, u.name, u.nip, u.email, u.active, u."sessionVersion", u."mustChangePassword",
      h.id AS "unitId", h.name AS "unitName", h.path AS "unitPath",
      COALESCE((
        SELECT json_agg(json_build_object('role', g.role::text, 'unitId', g."unitId", 'unitPath', gu.path, 'unitName', gu.name, 'unitActive', gu.active) ORDER BY g."createdAt")
        FROM "RoleGrant" g LEFT JOIN "Unit" gu ON gu.id = g."unitId"
        WHERE g."userId" = u.id
      ), '[]'::json) AS grants
    FROM "User" u JOIN "Unit" h ON h.id = u."unitId"
    WHERE u.id = ${userId}`;
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    name: user.name,
    nip: user.nip,
    email: user.email,
    unitId: user.unitId,
    unitName: user.unitName,
    unitPath: user.unitPath,
    mustChangePassword: user.mustChangePassword,
    grants: user.grants
      .filter((g) => g.unitId === null || g.unitActive)
      .map((g) => ({ role: g.role, unitId: g.unitId, unitPath: g.unitPath, unitName: g.unitName })),
  };
}
