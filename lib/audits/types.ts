// What the audit pages receive from the server: plain data, never raw rows.
import type { AllowedTransition } from "../workflow";
import type { AuditMeetingKind, AuditScheduleKind, AuditStatus, AuditTeamRole, AuditType } from "./constants";

export interface AuditRow {
  id: string;
  number: string;
  title: string;
  type: AuditType;
  status: AuditStatus;
  startDate: Date;
  endDate: Date;
  agencyName: string;
  unitNames: string[];
  leadName: string | null;
}

export interface ScheduleItemView {
  id: string;
  kind: AuditScheduleKind;
  unitId: string | null;
  unitName: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  note: string | null;
  auditors: { id: string; name: string }[];
}

export interface MeetingView {
  kind: AuditMeetingKind;
  heldAt: Date;
  notes: string;
  agreedDeadlines: string | null;
  divergingOpinions: string | null;
  attendees: { name: string; position: string | null }[];
  version: number;
}

export interface AuditDetail {
  id: string;
  number: string;
  type: AuditType;
  title: string;
  objectives: string;
  criteria: string;
  clauses: string[];
  startDate: Date;
  endDate: Date;
  place: string | null;
  status: AuditStatus;
  cancelReason: string | null;
  publishedAt: Date | null;
  reportLockedAt: Date | null;
  version: number;
  agency: { id: string; name: string };
  units: { id: string; name: string; representative: string | null }[];
  sops: { id: string; number: string | null; title: string }[];
  team: { userId: string; name: string; unitName: string; role: AuditTeamRole; crossAgency: boolean }[];
  schedule: ScheduleItemView[];
  meetings: MeetingView[];
  access: "agency" | "team" | "auditee";
  transitions: AllowedTransition[];
  /** copy: start a new plan from this one ("Salin sebagai rencana baru"). */
  allowed: { edit: boolean; schedule: boolean; meetings: boolean; copy: boolean };
}

export interface MyAuditRow extends AuditRow {
  myRole: AuditTeamRole;
  todaySessions: ScheduleItemView[];
}

export interface AuditFormOptions {
  agencies: { id: string; name: string }[];
  units: { id: string; name: string; depth: number; path: string }[];
  sops: { id: string; label: string }[];
  clauses: { code: string; title: string }[];
  auditors: {
    id: string; name: string; unitName: string; crossAgency: boolean;
    /** Competence shown when assigning (ISO 19011 7.2): count, latest title, internal-auditor training. */
    competence: { count: number; latest: string | null; internalAuditor: boolean };
  }[];
}
