// The units an upload may be recorded on: active units where the user holds sop.manage (a
// MANAJER_MUTU's unit and its subtree), in tree order with indented labels for a select box.
import "server-only";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { indentLabel } from "../org/rules";

export interface ImportTarget {
  id: string;
  name: string;
  path: string;
  /** Depth below the shallowest unit of the list (0 for the roots of the user's scope). */
  depth: number;
  /** Name indented with "— " per level, for select options. */
  label: string;
}

export async function listImportTargets(user: SessionUser): Promise<ImportTarget[]> {
  const scope = unitScope(user, "sop.manage");
  if (scope.kind === "none") return [];
  const db = await getDb();
  const rows = await db.unit.findMany({
    where: { active: true, ...unitPathWhere(scope) },
    select: { id: true, name: true, path: true, depth: true, parentId: true },
    orderBy: [{ depth: "asc" }, { name: "asc" }, { path: "asc" }],
  });
  // Depth first, siblings by name: a unit follows its parent. A unit whose parent is not in the
  // list (inactive, or above the scope) starts a tree of its own.
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string, typeof rows>();
  const roots: typeof rows = [];
  for (const row of rows) {
    if (row.parentId && ids.has(row.parentId)) {
      const list = children.get(row.parentId) ?? [];
      list.push(row);
      children.set(row.parentId, list);
    } else {
      roots.push(row);
    }
  }
  const base = Math.min(...rows.map((r) => r.depth));
  const out: ImportTarget[] = [];
  const visit = (row: (typeof rows)[number]) => {
    const depth = row.depth - base;
    out.push({ id: row.id, name: row.name, path: row.path, depth, label: indentLabel({ label: row.name, depth }) });
    for (const child of children.get(row.id) ?? []) visit(child);
  };
  roots.forEach(visit);
  return out;
}
