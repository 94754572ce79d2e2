// Choices offered by the objective form, limited to what the user may manage.
import "server-only";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { agencyOf } from "../org/agency";
import { unitTreeOptions } from "../org/unit-tree-options";

export interface ObjectiveFormOptions {
  units: { value: string; label: string }[];
  owners: { value: string; label: string }[];
  sops: { value: string; label: string }[];
  policies: { id: string; label: string; agencyPath: string; commitments: string[] }[];
}

export async function listObjectiveFormOptions(user: SessionUser): Promise<ObjectiveFormOptions> {
  const db = await getDb();
  const scope = unitScope(user, "objective.manage");
  const units = await db.unit.findMany({
    where: { ...unitPathWhere(scope), active: true },
    orderBy: [{ path: "asc" }],
    select: { id: true, name: true, path: true, depth: true },
  });
  const agencies = [...new Map((await Promise.all(units.filter((u) => u.depth <= 2).map((u) => agencyOf(db, u.path)))).map((a) => [a.id, a])).values()];
  const agencyWhere = { OR: agencies.map((a) => ({ path: { startsWith: a.path } })) };
  const [owners, sops, policies] = agencies.length === 0
    ? [[], [], []]
    : await Promise.all([
        db.user.findMany({ where: { active: true, unit: agencyWhere }, orderBy: { name: "asc" }, select: { id: true, name: true, position: true } }),
        db.sop.findMany({ where: { active: true, unit: agencyWhere }, orderBy: { title: "asc" }, select: { id: true, title: true, number: true, unit: { select: { name: true } } } }),
        db.qualityPolicy.findMany({ where: { status: "DISETUJUI", agency: agencyWhere }, select: { id: true, versionNo: true, commitments: true, agency: { select: { name: true, path: true } } } }),
      ]);
  return {
    units: unitTreeOptions(units),
    owners: owners.map((o) => ({ value: o.id, label: o.position ? `${o.name} (${o.position})` : o.name })),
    sops: sops.map((s) => ({ value: s.id, label: `${s.title}${s.number ? ` (${s.number})` : ""} · ${s.unit.name}` })),
    policies: policies.map((p) => ({ id: p.id, label: `Kebijakan Mutu ${p.agency.name} (versi ${p.versionNo})`, agencyPath: p.agency.path, commitments: p.commitments })),
  };
}
