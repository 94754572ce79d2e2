import "server-only";
// The choices of the plan form: the agencies the user plans audits for, and for the chosen agency
// its units, SOPs, the clause library and the auditors (the agency's own, then the province's pool
// for an audit silang).
import { unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { competenceSummaries } from "./competence-data";
import { MAIN_CLAUSES } from "./constants";
import { readableAuditWhere } from "./data";
import type { CompetenceSummary } from "./programme-types";
import type { AuditFormOptions } from "./types";

const MAIN_CLAUSE_TITLES: Record<string, string> = {
  "4": "Konteks organisasi", "5": "Kepemimpinan", "6": "Perencanaan", "7": "Dukungan", "8": "Operasi", "9": "Evaluasi kinerja", "10": "Peningkatan",
};

export async function auditFormOptions(user: SessionUser, agencyId: string | null): Promise<AuditFormOptions> {
  const db = await getDb();
  const scope = unitScope(user, "audit.manage");
  if (scope.kind === "none") return { agencies: [], units: [], sops: [], clauses: [], auditors: [] };
  const agencies = await db.unit.findMany({
    where: { type: "PERANGKAT_DAERAH", active: true, ...(scope.kind === "paths" ? { OR: scope.paths.map((p) => ({ OR: [{ path: { startsWith: p } }, { path: { in: [p] } }] })) } : {}) },
    select: { id: true, name: true, path: true },
    orderBy: { name: "asc" },
  });
  // A manajer mutu whose grant sits on an agency plans for that agency.
  const agency = agencies.find((a) => a.id === agencyId) ?? agencies[0];
  if (!agency) return { agencies: [], units: [], sops: [], clauses: [], auditors: [] };
  const province = `/${agency.path.split("/").filter(Boolean)[0]}/`;
  const [units, sops, library, auditors] = await Promise.all([
    db.unit.findMany({ where: { path: { startsWith: agency.path }, active: true }, select: { id: true, name: true, depth: true, path: true }, orderBy: { path: "asc" } }),
    db.sop.findMany({ where: { unit: { path: { startsWith: agency.path } }, active: true }, select: { id: true, number: true, title: true }, orderBy: { title: "asc" } }),
    db.isoClause.findMany({ select: { code: true, title: true }, orderBy: { position: "asc" } }),
    db.user.findMany({
      where: { active: true, grants: { some: { role: "AUDITOR", unit: { path: { startsWith: province } } } } },
      select: { id: true, name: true, unit: { select: { name: true } }, grants: { where: { role: "AUDITOR" }, select: { unit: { select: { path: true } } } } },
      orderBy: { name: "asc" },
    }),
  ]);
  const competence = await competenceSummaries(db, auditors.map((u) => u.id));
  const clauses = library.length > 0 ? library : MAIN_CLAUSES.map((code) => ({ code, title: MAIN_CLAUSE_TITLES[code] }));
  return {
    agencies: agencies.map(({ id, name }) => ({ id, name })),
    units: units.sort((a, b) => a.path.localeCompare(b.path)),
    sops: sops.map((s) => ({ id: s.id, label: s.number ? `${s.number} — ${s.title}` : s.title })),
    clauses,
    auditors: auditors
      .map((u) => ({
        id: u.id, name: u.name, unitName: u.unit.name,
        crossAgency: !u.grants.some((g) => g.unit && (g.unit.path.startsWith(agency.path) || agency.path.startsWith(g.unit.path))),
        competence: competenceView(competence.get(u.id)),
      }))
      .sort((a, b) => Number(a.crossAgency) - Number(b.crossAgency) || a.name.localeCompare(b.name)),
  };
}

function competenceView(summary: CompetenceSummary | undefined): AuditFormOptions["auditors"][number]["competence"] {
  const items = summary?.items ?? [];
  return { count: items.length, latest: items[0]?.title ?? null, internalAuditor: summary?.hasInternalAuditorTraining ?? false };
}

/** The units the list can be filtered by: those of audits the user reads, in tree order. */
export async function auditFilterUnits(user: SessionUser): Promise<{ id: string; name: string; indent: number }[]> {
  const db = await getDb();
  const units = await db.unit.findMany({
    where: { auditUnits: { some: { audit: readableAuditWhere(user) } } },
    select: { id: true, name: true, path: true, depth: true },
    orderBy: { path: "asc" },
  });
  const top = Math.min(...units.map((u) => u.depth));
  return units.map((u) => ({ id: u.id, name: u.name, indent: u.depth - top }));
}
