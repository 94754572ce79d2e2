// The closed lists of the audit plan with the Indonesian labels users know them by.
import type { AuditMeetingKind, AuditScheduleKind, AuditStatus, AuditTeamRole, AuditType } from "../db/generated/enums";

export type { AuditMeetingKind, AuditScheduleKind, AuditStatus, AuditTeamRole, AuditType };

export const AUDIT_STATUSES = ["DIRENCANAKAN", "PERSIAPAN", "PELAKSANAAN", "PELAPORAN", "SELESAI", "DIBATALKAN"] as const satisfies readonly AuditStatus[];
export const AUDIT_STATUS_LABELS: Record<AuditStatus, string> = {
  DIRENCANAKAN: "Direncanakan",
  PERSIAPAN: "Persiapan",
  PELAKSANAAN: "Pelaksanaan",
  PELAPORAN: "Pelaporan",
  SELESAI: "Selesai",
  DIBATALKAN: "Dibatalkan",
};
/** The audit is over: its cross-agency grants end and nothing is scheduled any more. */
export const FINAL_AUDIT_STATUSES: readonly AuditStatus[] = ["SELESAI", "DIBATALKAN"];
/** The plan (scope, team, dates) may still change: before the audit is held. */
export const PLAN_EDITABLE_STATUSES: readonly AuditStatus[] = ["DIRENCANAKAN", "PERSIAPAN"];
/** Meetings are recorded while the audit is held and reported. */
export const MEETING_STATUSES: readonly AuditStatus[] = ["PELAKSANAAN", "PELAPORAN"];

export const AUDIT_TYPES = ["INTERNAL", "TINDAK_LANJUT", "EKSTERNAL"] as const satisfies readonly AuditType[];
export const AUDIT_TYPE_LABELS: Record<AuditType, string> = {
  INTERNAL: "Audit internal",
  TINDAK_LANJUT: "Audit tindak lanjut",
  EKSTERNAL: "Audit eksternal / surveilans",
};

export const TEAM_ROLES = ["KETUA", "ANGGOTA"] as const satisfies readonly AuditTeamRole[];
export const TEAM_ROLE_LABELS: Record<AuditTeamRole, string> = { KETUA: "Ketua (lead auditor)", ANGGOTA: "Anggota" };

export const SCHEDULE_KINDS = ["RAPAT_PERSIAPAN", "PEMBUKAAN", "SESI_UNIT", "RAPAT_AUDITOR", "PENUTUPAN"] as const satisfies readonly AuditScheduleKind[];
export const SCHEDULE_KIND_LABELS: Record<AuditScheduleKind, string> = {
  RAPAT_PERSIAPAN: "Rapat persiapan",
  PEMBUKAAN: "Rapat pembukaan",
  SESI_UNIT: "Sesi audit unit",
  RAPAT_AUDITOR: "Rapat auditor",
  PENUTUPAN: "Rapat penutupan",
};

export const MEETING_KINDS = ["PEMBUKAAN", "PENUTUPAN"] as const satisfies readonly AuditMeetingKind[];
export const MEETING_KIND_LABELS: Record<AuditMeetingKind, string> = { PEMBUKAAN: "Rapat pembukaan", PENUTUPAN: "Rapat penutupan" };

/** ISO 9001:2015 main clauses an audit may cover (the clause library itself lives in IsoClause). */
export const MAIN_CLAUSES = ["4", "5", "6", "7", "8", "9", "10"] as const;

export const AUDITS_PAGE_SIZE = 20;
/** Slot times are entered and shown in the agency's time zone (the demo agencies are WITA). */
export const AUDIT_TIME_ZONE = "Asia/Makassar";
export const AUDIT_TIME_OFFSET = "+08:00";
