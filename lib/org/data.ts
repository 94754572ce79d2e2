// Reads of units and users, always inside the reader's unit scope.
import { can } from "../auth/permissions";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { USERS_PAGE_SIZE } from "./constants";
import type { UserListQuery } from "./schema";
import type { UnitDetail, UnitNode, UnitOption, UserDetail, UserRow } from "./types";

const unitSelect = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  type: true,
  parentId: true,
  path: true,
  depth: true,
  active: true,
  version: true,
  _count: { select: { users: true } },
} satisfies Prisma.UnitSelect;

/** The units the user may see for unit.read, as a forest (a scoped admin sees their subtree). */
export async function listUnitTree(user: SessionUser): Promise<UnitNode[]> {
  const db = await getDb();
  const rows = await db.unit.findMany({
    where: unitPathWhere(unitScope(user, "unit.read")),
    select: unitSelect,
    orderBy: [{ depth: "asc" }, { name: "asc" }],
  });
  const byId = new Map<string, UnitNode>();
  const roots: UnitNode[] = [];
  for (const { _count, ...row } of rows) {
    const node: UnitNode = { ...row, userCount: _count.users, children: [] };
    byId.set(node.id, node);
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Units flattened in tree order with indentation, for select boxes. */
export function flattenUnits(nodes: UnitNode[], baseDepth = nodes[0]?.depth ?? 0): UnitOption[] {
  return nodes.flatMap((n) => [
    { id: n.id, label: n.name, depth: n.depth - baseDepth, type: n.type, active: n.active },
    ...flattenUnits(n.children, baseDepth),
  ]);
}

export async function getUnit(user: SessionUser, id: string): Promise<UnitDetail | null> {
  const db = await getDb();
  const unit = await db.unit.findFirst({
    where: { id, ...unitPathWhere(unitScope(user, "unit.read")) },
    select: {
      ...unitSelect,
      createdAt: true,
      updatedAt: true,
      timeZone: true,
      parent: { select: { name: true } },
      children: { select: { id: true, name: true, type: true, active: true }, orderBy: { name: "asc" } },
    },
  });
  if (!unit) return null;
  const ancestorIds = unit.path.split("/").filter(Boolean).slice(0, -1);
  const ancestors = await db.unit.findMany({ where: { id: { in: ancestorIds } }, select: { id: true, name: true, depth: true } });
  ancestors.sort((a, b) => a.depth - b.depth);
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    type: unit.type,
    parentId: unit.parentId,
    parentName: unit.parent?.name ?? null,
    path: unit.path,
    active: unit.active,
    version: unit.version,
    timeZone: unit.timeZone,
    createdAt: unit.createdAt,
    updatedAt: unit.updatedAt,
    breadcrumbs: ancestors.map(({ id, name }) => ({ id, name })),
    children: unit.children,
    userCount: unit._count.users,
  };
}

export async function listUsers(
  user: SessionUser,
  query: UserListQuery,
): Promise<{ rows: UserRow[]; total: number; page: number; pageSize: number }> {
  const db = await getDb();
  const scope = unitPathWhere(unitScope(user, "user.read"));
  const filterUnit = query.unitId
    ? await db.unit.findUnique({ where: { id: query.unitId }, select: { path: true } })
    : null;
  if (query.unitId && !filterUnit) return { rows: [], total: 0, page: query.page, pageSize: USERS_PAGE_SIZE };
  const where: Prisma.UserWhereInput = {
    AND: [
      { unit: scope },
      filterUnit ? { unit: { path: { startsWith: filterUnit.path } } } : {},
      query.status === "semua" ? {} : { active: query.status === "aktif" },
      query.role ? { grants: { some: { role: query.role } } } : {},
      query.q
        ? {
            OR: [
              { name: { contains: query.q, mode: "insensitive" } },
              { nip: { contains: query.q.replace(/\s+/g, "") } },
              { email: { contains: query.q, mode: "insensitive" } },
              { position: { contains: query.q, mode: "insensitive" } },
            ],
          }
        : {},
    ],
  };
  const pageSize = USERS_PAGE_SIZE;
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        name: true,
        nip: true,
        email: true,
        position: true,
        active: true,
        lastLoginAt: true,
        unit: { select: { name: true } },
        grants: { select: { role: true, unit: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      },
    }),
  ]);
  return {
    total,
    page: query.page,
    pageSize,
    rows: rows.map((u) => ({
      id: u.id,
      name: u.name,
      nip: u.nip,
      email: u.email,
      position: u.position,
      unitName: u.unit.name,
      active: u.active,
      lastLoginAt: u.lastLoginAt,
      roles: u.grants.map((g) => ({ role: g.role, unitName: g.unit?.name ?? null })),
    })),
  };
}

export async function getUser(viewer: SessionUser, id: string): Promise<UserDetail | null> {
  const db = await getDb();
  const isSelf = viewer.id === id;
  const u = await db.user.findFirst({
    where: isSelf ? { id } : { id, unit: unitPathWhere(unitScope(viewer, "user.read")) },
    select: {
      id: true,
      name: true,
      nip: true,
      email: true,
      position: true,
      active: true,
      mustChangePassword: true,
      version: true,
      lastLoginAt: true,
      createdAt: true,
      unit: { select: { id: true, name: true, path: true } },
      grants: {
        select: { id: true, role: true, unitId: true, createdAt: true, unit: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!u) return null;
  if (!isSelf && !can(viewer, "user.read", { unitPath: u.unit.path })) return null;
  return {
    id: u.id,
    name: u.name,
    nip: u.nip,
    email: u.email,
    position: u.position,
    unitId: u.unit.id,
    unitName: u.unit.name,
    unitPath: u.unit.path,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    version: u.version,
    lastLoginAt: u.lastLoginAt,
    createdAt: u.createdAt,
    grants: u.grants.map((g) => ({ id: g.id, role: g.role, unitId: g.unitId, unitName: g.unit?.name ?? null, createdAt: g.createdAt })),
  };
}
