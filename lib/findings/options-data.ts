import "server-only";
// Choices of the register's filters and of the PLOR form, limited to what the user may see or raise.
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { describeTarget, periodLabel } from "../objectives/rules";
import { formatDecimal } from "../utils/number";
import { readableFindingWhere } from "./data";

export interface Choice {
  id: string;
  name: string;
  path?: string;
}

export interface FindingFilterOptions {
  agencies: Choice[];
  units: Choice[];
  audits: Choice[];
  sops: Choice[];
  clauses: Choice[];
}

export async function listFindingFilterOptions(user: SessionUser): Promise<FindingFilterOptions> {
  const db = await getDb();
  const where = readableFindingWhere(user);
  const [units, audits, sops, clauses, agencies] = await Promise.all([
    db.unit.findMany({ where: { findings: { some: where } }, orderBy: { path: "asc" }, select: { id: true, name: true, path: true } }),
    db.audit.findMany({ where: { findings: { some: where } }, orderBy: { startDate: "desc" }, select: { id: true, number: true } }),
    db.sop.findMany({ where: { findings: { some: where } }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
    // groupBy, not findMany with distinct: Prisma applies distinct after reading every finding.
    db.finding.groupBy({ by: ["clauseCode"], where: { AND: [where, { clauseCode: { not: null } }] }, orderBy: { clauseCode: "asc" } }),
    db.unit.findMany({ where: { agencyFindings: { some: where } }, select: { id: true, name: true } }),
  ]);
  return {
    agencies: agencies.sort((a, b) => a.name.localeCompare(b.name)),
    units,
    audits: audits.map((a) => ({ id: a.id, name: a.number })),
    sops: sops.map((s) => ({ id: s.id, name: s.title })),
    clauses: clauses.map((c) => ({ id: c.clauseCode!, name: c.clauseCode! })),
  };
}

export interface FindingFormOptions {
  units: Choice[];
  sops: (Choice & { unitId: string })[];
  clauses: Choice[];
}

/** Units where the user may raise a finding outside an audit (as manajer mutu), their SOPs, and the clause library. */
export async function listFindingFormOptions(user: SessionUser): Promise<FindingFormOptions> {
  const db = await getDb();
  const scope = unitScope(user, "finding.raise");
  const managerPaths = user.grants.filter((g) => g.role === "MANAJER_MUTU").map((g) => g.unitPath);
  const unitWhere = managerPaths.includes(null)
    ? unitPathWhere(scope)
    : { AND: [unitPathWhere(scope), { OR: managerPaths.map((p) => ({ path: { startsWith: p as string } })) }] };
  const units = managerPaths.length === 0
    ? []
    : await db.unit.findMany({ where: { ...unitWhere, active: true }, orderBy: { path: "asc" }, select: { id: true, name: true, path: true } });
  const [sops, clauses] = await Promise.all([
    units.length === 0 ? [] : db.sop.findMany({ where: { unitId: { in: units.map((u) => u.id) } }, orderBy: { title: "asc" }, select: { id: true, title: true, unitId: true } }),
    db.isoClause.findMany({ orderBy: { position: "asc" }, select: { code: true, title: true } }),
  ]);
  return {
    units,
    sops: sops.map((s) => ({ id: s.id, name: s.title, unitId: s.unitId })),
    clauses: clauses.map((c) => ({ id: c.code, name: `${c.code} ${c.title}` })),
  };
}

export interface MissedObjectivePrefill {
  objectiveId: string;
  unitId: string;
  period: number;
  statement: string;
  evidence: string;
  reference: string;
}

/** "Buat temuan" on an objective: the PLOR prefilled from the missed period (unit, objective, period, values). */
export async function missedObjectivePrefill(user: SessionUser, objectiveId: string, period: number): Promise<MissedObjectivePrefill | null> {
  const db = await getDb();
  const o = await db.qualityObjective.findFirst({
    where: { id: objectiveId, unit: unitPathWhere(unitScope(user, "finding.raise")) },
    select: {
      id: true, code: true, year: true, statement: true, indicator: true, measureUnit: true, frequency: true, unitId: true,
      measurements: { where: { period }, select: { value: true, direction: true, target: true, targetLow: true, targetHigh: true, analysis: true } },
    },
  });
  const m = o?.measurements[0];
  if (!o || !m) return null;
  const target = describeTarget(m, o.measureUnit, formatDecimal);
  const label = `${periodLabel(o.frequency, period)} ${o.year}`;
  return {
    objectiveId: o.id, unitId: o.unitId, period,
    statement: `Sasaran mutu ${o.code} "${o.statement}" tidak tercapai pada periode ${label}.`,
    evidence: `Realisasi ${o.indicator}: ${formatDecimal(m.value)} ${o.measureUnit} terhadap target ${target} (periode ${label}).${m.analysis ? ` Analisis PIC: ${m.analysis}` : ""}`,
    reference: `ISO 9001:2015 6.2 dan 9.1.3; sasaran mutu ${o.code} tahun ${o.year}.`,
  };
}
