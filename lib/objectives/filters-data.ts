// Choices of the sasaran mutu list filters and of the kebijakan mutu agency picker, limited to what
// the reader may see.
import "server-only";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { readableWhere } from "./data";

export interface FilterUnit {
  id: string;
  name: string;
  path: string;
}

export interface ObjectiveFilterOptions {
  /** Perangkat Daerah above the units that hold readable objectives. */
  agencies: FilterUnit[];
  /** Units that hold objectives the reader may read, in tree order. */
  units: FilterUnit[];
  /** Years of those objectives, newest first. */
  years: number[];
}

export async function listObjectiveFilterOptions(user: SessionUser): Promise<ObjectiveFilterOptions> {
  const db = await getDb();
  const where = readableWhere(user);
  const [units, years] = await Promise.all([
    db.unit.findMany({ where: { objectives: { some: where } }, orderBy: { path: "asc" }, select: { id: true, name: true, path: true } }),
    db.qualityObjective.findMany({ where, distinct: ["year"], orderBy: { year: "desc" }, select: { year: true } }),
  ]);
  const chainIds = [...new Set(units.flatMap((u) => u.path.split("/").filter(Boolean)))];
  const agencies = chainIds.length === 0
    ? []
    : await db.unit.findMany({
        where: { id: { in: chainIds }, type: "PERANGKAT_DAERAH" },
        orderBy: { name: "asc" },
        select: { id: true, name: true, path: true },
      });
  return { agencies, units, years: years.map((y) => y.year) };
}

export interface PolicyAgency extends FilterUnit {
  /** Some version of a kebijakan mutu exists for it. */
  hasPolicy: boolean;
}

/**
 * The units whose kebijakan mutu the user may open: every Perangkat Daerah (and every unit that
 * holds a policy of its own, such as an UPTD) on the user's own chain, above or inside the units of
 * their grants that read objectives or manage/approve policies.
 */
export async function listPolicyAgencies(user: SessionUser): Promise<PolicyAgency[]> {
  const db = await getDb();
  const candidates = await db.unit.findMany({
    where: { active: true, OR: [{ type: "PERANGKAT_DAERAH" }, { policies: { some: {} } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, path: true, _count: { select: { policies: true } } },
  });
  const scopes = (["objective.read", "policy.manage", "policy.approve"] as const).map((p) => unitScope(user, p));
  const everything = scopes.some((s) => s.kind === "all");
  const paths = scopes.flatMap((s) => (s.kind === "paths" ? s.paths : []));
  return candidates
    .filter(
      (c) =>
        everything ||
        user.unitPath.startsWith(c.path) ||
        paths.some((p) => c.path.startsWith(p) || p.startsWith(c.path)),
    )
    .map((c) => ({ id: c.id, name: c.name, path: c.path, hasPolicy: c._count.policies > 0 }));
}

/** The agency a user's kebijakan mutu page opens on: the nearest one above their unit with a policy. */
export function defaultPolicyAgency(user: SessionUser, agencies: PolicyAgency[]): PolicyAgency | undefined {
  const own = agencies.filter((a) => user.unitPath.startsWith(a.path)).sort((a, b) => b.path.length - a.path.length);
  return own.find((a) => a.hasPolicy) ?? own[0] ?? agencies[0];
}

/** The path of each unit the user may put an objective on (to match units with their policy). */
export async function manageableUnitPaths(user: SessionUser): Promise<Record<string, string>> {
  const db = await getDb();
  const scope = unitScope(user, "objective.manage");
  if (scope.kind === "none") return {};
  const units = await db.unit.findMany({
    where: unitPathWhere(scope),
    select: { id: true, path: true },
  });
  return Object.fromEntries(units.map((u) => [u.id, u.path]));
}
