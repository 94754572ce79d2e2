// Which items of an audit's checklist and report a reader sees (pure), on the one audit access
// rule of team-rules.ts: the agency's readers and the active team see every item; an auditee
// sees the items of their own audited units.
import { scopeCovers, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { auditAccess, type AuditAccessSubject } from "./team-rules";

export interface AccessSubject extends Omit<AuditAccessSubject, "unitPaths"> {
  units: { id: string; path: string }[];
}

export type AuditReadAccess = { kind: "all" } | { kind: "units"; unitIds: string[] } | null;

export function auditReadAccess(user: SessionUser, audit: AccessSubject): AuditReadAccess {
  const access = auditAccess(user, { ...audit, unitPaths: audit.units.map((u) => u.path) });
  if (access === "agency" || access === "team") return { kind: "all" };
  if (access !== "auditee") return null;
  const scope = unitScope(user, "audit.read");
  return { kind: "units", unitIds: audit.units.filter((u) => scopeCovers(scope, u.path)).map((u) => u.id) };
}
