// Who reads an audit's checklist and report (pure). The agency's QMS roles read all of it; a team
// member reads it through the team row (a cross-agency auditor holds no role in the agency); an
// AUDITEE reads the items of their own audited units. Joins auditAccess (team-rules.ts) at merge.
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";

export interface AccessSubject {
  agencyPath: string;
  teamUserIds: string[];
  units: { id: string; path: string }[];
}

export type AuditReadAccess = { kind: "all" } | { kind: "units"; unitIds: string[] } | null;

export function auditReadAccess(user: SessionUser, audit: AccessSubject): AuditReadAccess {
  if (audit.teamUserIds.includes(user.id)) return { kind: "all" };
  if (can(user, "audit.read", { unitPath: audit.agencyPath })) return { kind: "all" };
  const unitIds = audit.units.filter((u) => can(user, "audit.read", { unitPath: u.path })).map((u) => u.id);
  return unitIds.length > 0 ? { kind: "units", unitIds } : null;
}
