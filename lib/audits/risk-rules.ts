// Risk-based priority of a unit for the audit programme (ISO 9001:2015 9.2.2 a: the programme
// takes into consideration the importance of the processes, changes affecting the organisation
// and the results of previous audits). Pure: the data is read in risk-data.ts.

export interface UnitRiskFacts {
  /** KTS (mayor or minor) not yet closed or withdrawn. */
  openKts: number;
  /** KTS raised in the last 12 months (whatever their state). */
  recentKts: number;
  /** Measurement periods of the unit's sasaran mutu this year and last whose target was missed. */
  missedObjectives: number;
  /** SOPs of the unit changed (a new revision) since it was last audited, or this year when never audited. */
  sopsRevised: number;
  /** The last day the unit was audited (an audit held), or null when never. */
  lastAuditedOn: Date | null;
}

export const RISK_LEVELS = ["TINGGI", "SEDANG", "RENDAH"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { TINGGI: "Prioritas tinggi", SEDANG: "Prioritas sedang", RENDAH: "Prioritas rendah" };

export interface UnitRisk {
  score: number;
  level: RiskLevel;
  /** Why, in Indonesian, one reason per fact that adds to the score. */
  reasons: string[];
  monthsSinceAudit: number | null;
}

export function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}

/**
 * Weights: an open KTS weighs most (the system is known to fail there), then missed objectives
 * and a long time unaudited; recent (also closed) KTS and changed SOPs add a little each.
 */
export function unitRisk(facts: UnitRiskFacts, today: Date): UnitRisk {
  const reasons: string[] = [];
  let score = 0;
  if (facts.openKts > 0) {
    score += 3 * facts.openKts;
    reasons.push(`${facts.openKts} KTS belum ditutup`);
  }
  if (facts.recentKts > 0) {
    score += facts.recentKts;
    reasons.push(`${facts.recentKts} KTS dalam 12 bulan terakhir`);
  }
  if (facts.missedObjectives > 0) {
    score += 2 * Math.min(facts.missedObjectives, 3);
    reasons.push(`${facts.missedObjectives} periode sasaran mutu tidak tercapai`);
  }
  if (facts.sopsRevised > 0) {
    score += Math.min(facts.sopsRevised, 3);
    reasons.push(`${facts.sopsRevised} SOP direvisi sejak audit terakhir`);
  }
  const monthsSinceAudit = facts.lastAuditedOn ? Math.max(0, monthsBetween(facts.lastAuditedOn, today)) : null;
  if (monthsSinceAudit === null) {
    score += 4;
    reasons.push("belum pernah diaudit");
  } else if (monthsSinceAudit >= 12) {
    score += 3;
    reasons.push(`terakhir diaudit ${monthsSinceAudit} bulan lalu`);
  } else if (monthsSinceAudit >= 6) {
    score += 1;
    reasons.push(`terakhir diaudit ${monthsSinceAudit} bulan lalu`);
  }
  const level: RiskLevel = score >= 7 ? "TINGGI" : score >= 3 ? "SEDANG" : "RENDAH";
  return { score, level, reasons, monthsSinceAudit };
}
