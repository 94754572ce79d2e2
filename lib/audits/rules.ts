// Pure rules of the audit plan: auditor independence (ISO 9001:2015 9.2.2 c), double booking,
// slots inside the audit's dates, and the audit number pattern.
import { ROLE_LABELS, type Role } from "../auth/roles";
import { AUDIT_TIME_OFFSET } from "./constants";

export interface AuditorPlacement {
  name: string;
  /** The auditor's home unit. */
  unitPath: string;
  unitName: string;
  grants: { role: string; unitPath: string | null; unitName: string | null }[];
}

export interface AuditedUnit {
  path: string;
  name: string;
}

const within = (path: string, ancestor: string) => path.startsWith(ancestor);

/**
 * ISO 9001:2015 9.2.2 c (auditors do not audit their own work): the refusal naming the conflict,
 * or null. An auditor conflicts with a unit that is their own, one of its sub-units, or one above
 * it below the agency; or on which they hold a role other than AUDITOR (on the unit, above it
 * below the agency, or on one of its sub-units).
 */
export function independenceConflict(auditor: AuditorPlacement, unit: AuditedUnit, agencyPath: string): string | null {
  const belowAgency = (path: string) => within(path, agencyPath) && path !== agencyPath;
  if (auditor.unitPath === unit.path) {
    return `${auditor.name} tidak independen terhadap ${unit.name}: unit tersebut adalah unit kerjanya sendiri.`;
  }
  if (within(unit.path, auditor.unitPath) && belowAgency(auditor.unitPath)) {
    return `${auditor.name} tidak independen terhadap ${unit.name}: unit tersebut berada di bawah unit kerjanya (${auditor.unitName}).`;
  }
  if (within(auditor.unitPath, unit.path) && belowAgency(unit.path)) {
    return `${auditor.name} tidak independen terhadap ${unit.name}: unit tersebut membawahi unit kerjanya (${auditor.unitName}).`;
  }
  for (const grant of auditor.grants) {
    if (grant.role === "AUDITOR" || grant.unitPath === null || !belowAgency(grant.unitPath)) continue;
    if (within(unit.path, grant.unitPath) || within(grant.unitPath, unit.path)) {
      return `${auditor.name} tidak independen terhadap ${unit.name}: ia memegang peran ${ROLE_LABELS[grant.role as Role] ?? grant.role} pada ${grant.unitName ?? "unit tersebut"}.`;
    }
  }
  return null;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/** Two slots overlap when each starts before the other ends (touching ends do not overlap). */
export function slotsOverlap(a: Slot, b: Slot): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** A point in time from a date ("2026-03-10") and a time ("08:30") in the agency's time zone. */
export function slotTime(date: string, time: string): Date {
  return new Date(`${date}T${time}:00${AUDIT_TIME_OFFSET}`);
}

/** The calendar day ("2026-03-10") of an instant in the agency's time zone. */
export function slotDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The audit's dates are whole days (stored at UTC midnight): a slot must fall on one of them. */
export function slotOutsideAudit(slot: Slot, audit: { startDate: Date; endDate: Date }): boolean {
  const first = audit.startDate.toISOString().slice(0, 10);
  const last = audit.endDate.toISOString().slice(0, 10);
  return slotDay(slot.startsAt) < first || slotDay(slot.endsAt) > last;
}

/** Nomor audit: "AI/<agency short name>/<year>/<nn>", numbered per agency and year. */
export function formatAuditNumber(agencyShortName: string, year: number, sequence: number): string {
  const code = agencyShortName.toUpperCase().replace(/[^A-Z0-9]+/g, "-").replace(/^-|-$/g, "") || "PD";
  return `AI/${code}/${year}/${String(sequence).padStart(2, "0")}`;
}
