import "server-only";
// Choices of the register's filters, limited to what the reader may see.
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { readableWhere } from "./data";

export interface CaFilterOptions {
  agencies: { id: string; name: string; path: string }[];
  units: { id: string; name: string; path: string }[];
  audits: { id: string; number: string }[];
  clauses: string[];
  sops: { id: string; title: string }[];
}

export async function listCaFilterOptions(user: SessionUser): Promise<CaFilterOptions> {
  const db = await getDb();
  const where = readableWhere(user);
  const findings = { correctiveActions: { some: where } };
  const [units, audits, clauses, sops] = await Promise.all([
    db.unit.findMany({ where: { correctiveActions: { some: where } }, orderBy: { path: "asc" }, select: { id: true, name: true, path: true } }),
    db.audit.findMany({ where: { findings: { some: findings } }, orderBy: { startDate: "desc" }, select: { id: true, number: true } }),
    db.finding.findMany({ where: { ...findings, clauseCode: { not: null } }, distinct: ["clauseCode"], orderBy: { clauseCode: "asc" }, select: { clauseCode: true } }),
    db.sop.findMany({ where: { findings: { some: findings } }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
  ]);
  const chainIds = [...new Set(units.flatMap((u) => u.path.split("/").filter(Boolean)))];
  const agencies = chainIds.length === 0
    ? []
    : await db.unit.findMany({ where: { id: { in: chainIds }, type: "PERANGKAT_DAERAH" }, orderBy: { name: "asc" }, select: { id: true, name: true, path: true } });
  return { agencies, units, audits, clauses: clauses.flatMap((c) => (c.clauseCode ? [c.clauseCode] : [])), sops };
}
