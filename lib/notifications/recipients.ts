// Who to tell: the holders of a role (or of a permission) on a unit. A role held on a unit covers
// its subtree and a grant without unit covers the portal, so "the unit's manajer mutu" and "the
// agency's pimpinan" are one call each. Only active users with grants on active units count.
import { PERMISSIONS, type Permission } from "../auth/permissions";
import type { Role } from "../auth/roles";
import type { Tx } from "../db";

type Reader = Pick<Tx, "user" | "unit">;

/** The ids of the unit and every unit above it, from its materialised path. */
export function ancestorIds(unitPath: string): string[] {
  return unitPath.split("/").filter(Boolean);
}

/** Active users holding one of `roles` on the unit at `unitPath` or above it (or portal-wide). */
export async function holdersOfRolesAt(db: Reader, roles: readonly Role[], unitPath: string): Promise<string[]> {
  const users = await db.user.findMany({
    where: {
      active: true,
      grants: {
        some: {
          role: { in: [...roles] },
          OR: [{ unitId: null }, { unitId: { in: ancestorIds(unitPath) }, unit: { active: true } }],
        },
      },
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return users.map((u) => u.id);
}

/** Active users holding `role` on the unit `unitId` or above it. */
export async function holdersOfRole(db: Reader, role: Role, unitId: string): Promise<string[]> {
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { path: true } });
  return unit ? holdersOfRolesAt(db, [role], unit.path) : [];
}

/** Active users who may do `permission` on the unit at `unitPath` (e.g. the approvers of a record). */
export function holdersOfPermission(db: Reader, permission: Permission, unitPath: string): Promise<string[]> {
  return holdersOfRolesAt(db, PERMISSIONS[permission].roles, unitPath);
}
