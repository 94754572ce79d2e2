// Row scope: which units' records a user may see for a permission. Data queries put the result
// in their where-clause, so a record outside the scope is never read in the first place.
import { PERMISSIONS, type Permission } from "./permissions";
import type { Role } from "./roles";
import type { SessionUser } from "./types";

export type UnitScope = { kind: "all" } | { kind: "paths"; paths: string[] } | { kind: "none" };

export function unitScope(user: SessionUser | null, permission: Permission): UnitScope {
  if (!user || user.mustChangePassword) return { kind: "none" };
  const allowed: readonly Role[] = PERMISSIONS[permission].roles;
  const grants = user.grants.filter((g) => allowed.includes(g.role));
  if (grants.length === 0) return { kind: "none" };
  if (grants.some((g) => g.unitPath === null)) return { kind: "all" };
  const paths = [...new Set(grants.map((g) => g.unitPath as string))].sort();
  // Drop paths already covered by a shorter one.
  const roots = paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q)));
  return { kind: "paths", paths: roots };
}

/** A Prisma where-fragment on a Unit (or on a relation to Unit). */
export function unitPathWhere(scope: UnitScope): { OR?: { path: { startsWith: string } }[]; id?: { in: string[] } } {
  if (scope.kind === "all") return {};
  if (scope.kind === "none") return { id: { in: [] } };
  return { OR: scope.paths.map((p) => ({ path: { startsWith: p } })) };
}

export function scopeCovers(scope: UnitScope, unitPath: string): boolean {
  if (scope.kind === "all") return true;
  if (scope.kind === "none") return false;
  return scope.paths.some((p) => unitPath.startsWith(p));
}
