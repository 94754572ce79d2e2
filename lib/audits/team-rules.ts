// Who reads an audit and who audits in it: the record-level helpers every audit module uses (the
// plan, the checklist, the report, the findings raised from it).
import { unitScope, scopeCovers } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import type { Tx } from "../db";
import { FINAL_AUDIT_STATUSES, type AuditStatus } from "./constants";

export interface AuditAccessSubject {
  agencyPath: string;
  status: AuditStatus;
  /** Paths of the audited units. */
  unitPaths: readonly string[];
  team: readonly { userId: string; crossAgency: boolean }[];
}

export type AuditAccess = "agency" | "team" | "auditee" | null;

/**
 * Why `user` may read the audit, or null. The agency's readers (manajer mutu, pimpinan, its
 * auditors, province readers) by scope; a team member (a cross-agency auditor only until the audit
 * is SELESAI or DIBATALKAN: the team row is the grant and it ends with the audit); the auditee of
 * an audited unit once the plan is published.
 */
export function auditAccess(user: SessionUser, audit: AuditAccessSubject): AuditAccess {
  const scope = unitScope(user, "audit.read");
  if (scopeCovers(scope, audit.agencyPath)) return "agency";
  const member = audit.team.find((m) => m.userId === user.id);
  if (member && (!member.crossAgency || !FINAL_AUDIT_STATUSES.includes(audit.status))) return "team";
  // The plan reaches the auditees when it is published.
  if (audit.status !== "DIRENCANAKAN" && audit.unitPaths.some((p) => scopeCovers(scope, p))) return "auditee";
  return null;
}

/**
 * Is the user on the audit's team with a grant still running? The record-level check behind
 * answering checklists and raising findings in an audit (not the AUDITOR role alone).
 */
export async function isAssignedAuditor(tx: Pick<Tx, "auditTeamMember">, auditId: string, userId: string): Promise<boolean> {
  const member = await tx.auditTeamMember.findUnique({
    where: { auditId_userId: { auditId, userId } },
    select: { crossAgency: true, audit: { select: { status: true } } },
  });
  if (!member) return false;
  return !member.crossAgency || !FINAL_AUDIT_STATUSES.includes(member.audit.status);
}

/** Is the user the lead auditor (KETUA) of the audit? */
export async function isLeadAuditor(tx: Pick<Tx, "auditTeamMember">, auditId: string, userId: string): Promise<boolean> {
  const member = await tx.auditTeamMember.findUnique({ where: { auditId_userId: { auditId, userId } }, select: { role: true } });
  return member?.role === "KETUA";
}
