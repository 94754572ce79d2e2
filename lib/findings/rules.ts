// Pure rules of temuan: who may raise one, who decides a dispute, age and overdue.
import type { RuleOutcome } from "../auth/record-rules";
import type { SessionUser } from "../auth/types";
import { OPEN_STATUSES, type AgeBucket, type FindingCategory, type FindingSource, type FindingStatus } from "./constants";

const DAY_MS = 24 * 60 * 60 * 1000;

function holdsRoleOn(user: SessionUser, role: string, unitPath: string): boolean {
  return user.grants.some((g) => g.role === role && (g.unitPath === null || unitPath.startsWith(g.unitPath)));
}

/**
 * ISO 9001 9.2.2 c: an auditor records findings only in an audit they are assigned to; findings
 * from any other source (external audit, complaint, missed objective, management review,
 * self-reported) are entered by the manajer mutu of the unit's agency.
 */
export function raiseRefusal(user: SessionUser, input: { source: FindingSource; unitPath: string; auditId: string | null; assignedToAudit: boolean }): string | null {
  if (input.source === "AUDIT_INTERNAL" || input.auditId) {
    if (!input.auditId) return "Temuan audit internal harus menyebut auditnya.";
    if (!input.assignedToAudit) return "Anda tidak ditugaskan pada audit ini, sehingga tidak dapat mencatat temuannya.";
    return null;
  }
  if (!holdsRoleOn(user, "MANAJER_MUTU", input.unitPath)) {
    return "Temuan di luar audit dicatat oleh manajer mutu Perangkat Daerah unit tersebut.";
  }
  return null;
}

/** What the decision rules need of a finding. */
export interface DecisionSubject {
  auditId: string | null;
  leadAuditorIds: readonly string[];
  unitPath: string;
}

/** A dispute is decided by the lead auditor of the finding's audit, or by the manajer mutu outside an audit. */
export function decidesFinding(user: SessionUser, record: DecisionSubject): RuleOutcome {
  if (record.auditId) {
    return record.leadAuditorIds.includes(user.id) ? null : { refuse: "Hanya ketua auditor audit ini yang dapat memutus temuannya." };
  }
  return holdsRoleOn(user, "MANAJER_MUTU", record.unitPath) ? null : { refuse: "Temuan di luar audit diputus oleh manajer mutu." };
}

export function ageInDays(raisedAt: Date, today: Date, closedAt: Date | null = null): number {
  const end = closedAt ?? today;
  return Math.max(0, Math.floor((end.getTime() - raisedAt.getTime()) / DAY_MS));
}

export function ageBucket(days: number): AgeBucket {
  if (days <= 30) return "0-30";
  if (days <= 60) return "31-60";
  if (days <= 90) return "61-90";
  return ">90";
}

/** The day an age bucket starts and ends, as raisedAt bounds for a query (today minus days). */
export function ageBucketRaisedRange(bucket: AgeBucket, today: Date): { gte?: Date; lt?: Date } {
  const daysAgo = (d: number) => new Date(today.getTime() - d * DAY_MS);
  switch (bucket) {
    case "0-30": return { gte: daysAgo(31) };
    case "31-60": return { gte: daysAgo(61), lt: daysAgo(31) };
    case "61-90": return { gte: daysAgo(91), lt: daysAgo(61) };
    case ">90": return { lt: daysAgo(91) };
  }
}

export function isOpen(status: FindingStatus): boolean {
  return (OPEN_STATUSES as readonly FindingStatus[]).includes(status);
}

/** Overdue: still open after its due date (the day itself still counts as on time). */
export function isOverdue(finding: { status: FindingStatus; dueDate: Date | null }, today: Date): boolean {
  if (!finding.dueDate || !isOpen(finding.status)) return false;
  const startOfToday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  return finding.dueDate.getTime() < startOfToday.getTime();
}

/** The reclassification transitions offered on a disputed finding: every category but its own. */
export function reclassifyRule(target: FindingCategory) {
  return (_user: SessionUser, record: { category: FindingCategory }): RuleOutcome =>
    record.category === target ? { refuse: "Temuan sudah berkategori ini." } : null;
}

export function observationOnly(_user: SessionUser, record: { category: FindingCategory }): RuleOutcome {
  return record.category === "OBSERVASI" ? null : { refuse: "Hanya observasi yang dapat ditutup tanpa tindakan perbaikan." };
}
