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
  if (onActiveTeam(user.id, audit.team, audit.status)) return "team";
  // The plan reaches the auditees when it is published.
  if (audit.status !== "DIRENCANAKAN" && audit.unitPaths.some((p) => scopeCovers(scope, p))) return "auditee";
  return null;
}

/**
 * Is the user on this team with a grant still running? A cross-agency member's team row ends
 * with the audit (SELESAI or DIBATALKAN); an own-agency auditor stays a member.
 */
export function onActiveTeam(userId: string, team: readonly { userId: string; crossAgency: boolean }[], status: AuditStatus): boolean {
  const member = team.find((m) => m.userId === userId);
  return member !== undefined && (!member.crossAgency || !FINAL_AUDIT_STATUSES.includes(status));
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
  return member !== null && onActiveTeam(userId, [{ userId, crossAgency: member.crossAgency }], member.audit.status);
}

/** Is the user the lead auditor (KETUA) of the audit? */
export async function isLeadAuditor(tx: Pick<Tx, "auditTeamMember">, auditId: string, userId: string): Promise<boolean> {
  const member = await tx.auditTeamMember.findUnique({ where: { auditId_userId: { auditId, userId } }, select: { role: true } });
  return member?.role === "KETUA";
}

/**
 * The user as permission checks on ONE audit see them. A cross-agency team member holds AUDITOR
 * only in their home agency, while every audit permission is decided on the audit's agency; their
 * team row (auditAccess "team", ended when the audit is SELESAI or DIBATALKAN) stands for an
 * AUDITOR grant on that agency, for this audit's checklist and report only. Never stored, never
 * used outside the one audit it was made for.
 */
export function actingOnAudit(user: SessionUser, audit: AuditAccessSubject): SessionUser {
  const member = audit.team.find((m) => m.userId === user.id);
  if (!member?.crossAgency || auditAccess(user, audit) !== "team") return user;
  // Only an auditor: the team row lends the audit's agency, never a role the user does not hold.
  if (!user.grants.some((g) => g.role === "AUDITOR")) return user;
  return { ...user, grants: [...user.grants, { role: "AUDITOR", unitId: null, unitPath: audit.agencyPath, unitName: null }] };
}

/** Loads what actingOnAudit needs; null when the audit does not exist. */
export async function auditAccessSubject(tx: Pick<Tx, "audit">, auditId: string): Promise<AuditAccessSubject | null> {
  const audit = await tx.audit.findUnique({
    where: { id: auditId },
    select: { status: true, agency: { select: { path: true } }, units: { select: { unit: { select: { path: true } } } }, team: { select: { userId: true, crossAgency: true } } },
  });
  if (!audit) return null;
  return { agencyPath: audit.agency.path, status: audit.status, unitPaths: audit.units.map((u) => u.unit.path), team: audit.team };
}
