// The plan form's starting values: an existing plan as it is (edit), or copied into a new plan
// ("Salin sebagai rencana baru": last year's plan one year on, with no status, schedule or answers).
import type { AuditFormInput } from "./schema";
import type { AuditDetail } from "./types";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function oneYearOn(d: Date): Date {
  const next = new Date(d);
  next.setUTCFullYear(d.getUTCFullYear() + 1);
  return next;
}

export function planDefaults(audit: AuditDetail): AuditFormInput {
  return {
    agencyId: audit.agency.id, type: audit.type, title: audit.title, objectives: audit.objectives, criteria: audit.criteria, clauses: audit.clauses,
    startDate: isoDay(audit.startDate), endDate: isoDay(audit.endDate), place: audit.place ?? "",
    units: audit.units.map((u) => ({ unitId: u.id, representative: u.representative })), sopIds: audit.sops.map((s) => s.id),
    team: audit.team.map((m) => ({ userId: m.userId, role: m.role })),
  };
}

export function copiedPlanDefaults(audit: AuditDetail): AuditFormInput {
  return { ...planDefaults(audit), startDate: isoDay(oneYearOn(audit.startDate)), endDate: isoDay(oneYearOn(audit.endDate)) };
}
