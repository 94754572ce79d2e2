import "server-only";
// The facts behind each unit's risk-based priority (risk-rules.ts), read from the records the
// portal already holds: findings, held audits, SOP revisions and sasaran mutu measurements.
import type { Tx } from "../db";
import { isAchieved } from "../objectives/rules";
import { HELD_STATUSES } from "./coverage-rules";
import type { UnitRiskRow } from "./programme-types";
import { unitRisk, type UnitRiskFacts } from "./risk-rules";

const OPEN_FINDING = ["TERBUKA", "DISANGGAH", "DITERIMA"] as const;
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** Every active unit below the agency, ordered as the tree, with its priority as of `today`. */
export async function unitRisks(db: Pick<Tx, "unit" | "finding" | "auditUnit" | "sopRevision" | "qualityObjective">, agency: { id: string; path: string }, today: Date): Promise<UnitRiskRow[]> {
  const below = { path: { startsWith: agency.path } };
  const units = await db.unit.findMany({ where: { ...below, id: { not: agency.id }, active: true }, orderBy: { path: "asc" }, select: { id: true, name: true } });
  const facts = new Map<string, UnitRiskFacts>(units.map((u) => [u.id, { openKts: 0, recentKts: 0, missedObjectives: 0, sopsRevised: 0, lastAuditedOn: null }]));

  const findings = await db.finding.findMany({
    where: { unit: below, category: { in: ["KTS_MAYOR", "KTS_MINOR"] } },
    select: { unitId: true, status: true, raisedAt: true },
  });
  for (const f of findings) {
    const unit = facts.get(f.unitId);
    if (!unit) continue;
    if ((OPEN_FINDING as readonly string[]).includes(f.status)) unit.openKts++;
    if (today.getTime() - f.raisedAt.getTime() <= YEAR_MS) unit.recentKts++;
  }

  const held = await db.auditUnit.findMany({
    where: { unit: below, audit: { status: { in: [...HELD_STATUSES] }, startDate: { lte: today } } },
    select: { unitId: true, audit: { select: { endDate: true } } },
  });
  for (const h of held) {
    const unit = facts.get(h.unitId);
    if (unit && (!unit.lastAuditedOn || h.audit.endDate > unit.lastAuditedOn)) unit.lastAuditedOn = h.audit.endDate;
  }

  // A revision after the first: the SOP changed. Counted per SOP, since the unit's last audit
  // (or within the last year for a unit never audited).
  const revisions = await db.sopRevision.findMany({
    where: { revisionNo: { gt: 1 }, sop: { unit: below, active: true } },
    select: { sopId: true, createdAt: true, sop: { select: { unitId: true } } },
  });
  const revisedSops = new Map<string, Set<string>>();
  for (const r of revisions) {
    const unit = facts.get(r.sop.unitId);
    if (!unit) continue;
    const since = unit.lastAuditedOn ?? new Date(today.getTime() - YEAR_MS);
    if (r.createdAt > since) revisedSops.set(r.sop.unitId, (revisedSops.get(r.sop.unitId) ?? new Set()).add(r.sopId));
  }
  for (const [unitId, sops] of revisedSops) facts.get(unitId)!.sopsRevised = sops.size;

  const year = today.getUTCFullYear();
  const objectives = await db.qualityObjective.findMany({
    where: { unit: below, year: { in: [year - 1, year] }, approvedAt: { not: null } },
    select: { unitId: true, measurements: { select: { value: true, direction: true, target: true, targetLow: true, targetHigh: true } } },
  });
  for (const o of objectives) {
    const unit = facts.get(o.unitId);
    if (unit) unit.missedObjectives += o.measurements.filter((m) => !isAchieved(m, m.value)).length;
  }

  return units.map((u) => {
    const f = facts.get(u.id)!;
    return { unitId: u.id, unitName: u.name, lastAuditedOn: f.lastAuditedOn, ...unitRisk(f, today) };
  });
}
