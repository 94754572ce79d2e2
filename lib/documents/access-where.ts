// The where-clause twin of `mayReadDocument` (access.ts): every list and count of controlled
// documents ANDs it onto its filters, so a document a user may not read is never listed.
import { can } from "../auth/permissions";
import { unitPathWhere, unitScope, type UnitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import type { Prisma } from "../db";
import { pathPrefixes } from "./access";

function scopeWhere(scope: UnitScope): Prisma.UnitWhereInput | null {
  if (scope.kind === "none") return null;
  return unitPathWhere(scope);
}

export function readableDocumentWhere(user: SessionUser | null): Prisma.ControlledDocumentWhereInput {
  if (!user || !can(user, "document.read")) return { id: { in: [] } };
  const or: Prisma.ControlledDocumentWhereInput[] = [{ access: "BEBAS" }];
  const agencyPaths = [user.unitPath, ...user.grants.map((g) => g.unitPath).filter((p): p is string => p !== null)].flatMap(pathPrefixes);
  const readScope = scopeWhere(unitScope(user, "document.read"));
  or.push({ access: "TERBATAS", agency: { path: { in: [...new Set(agencyPaths)] } } });
  if (readScope) or.push({ access: "TERBATAS", agency: readScope });
  for (const permission of ["document.manage", "document.check", "document.approve"] as const) {
    const where = scopeWhere(unitScope(user, permission));
    if (where) or.push({ unit: where });
  }
  // A recipient reads through a copy still in circulation: a withdrawn copy ends the access.
  or.push({ acknowledgments: { some: { userId: user.id, distribution: { withdrawnAt: null } } } });
  return { OR: or };
}

/** Documents the user keeps (drafts, history, workflow): the keepers' scope only. */
export function keptDocumentWhere(user: SessionUser | null): Prisma.ControlledDocumentWhereInput {
  const or: Prisma.ControlledDocumentWhereInput[] = [];
  for (const permission of ["document.manage", "document.check", "document.approve"] as const) {
    const where = scopeWhere(unitScope(user, permission));
    if (where) or.push({ unit: where });
  }
  return or.length ? { OR: or } : { id: { in: [] } };
}
