// What the programme, coverage and competence reads hand to the pages (never raw rows).
import type { AllowedTransition } from "../workflow/allowed";
import type { CompetenceKind, ProgrammeStatus } from "./programme-constants";
import type { CalendarCell, CoverageMatrix } from "./coverage-rules";
import type { UnitRisk } from "./risk-rules";

export interface ProgrammeRow {
  id: string;
  agencyName: string;
  year: number;
  status: ProgrammeStatus;
  rounds: { roundNo: number; name: string; startMonth: number; endMonth: number; units: number }[];
  audits: number;
}

export interface RoundView {
  id: string;
  roundNo: number;
  name: string;
  startMonth: number;
  endMonth: number;
  clauses: string[];
  focus: string | null;
  units: { id: string; name: string }[];
  sops: { id: string; number: string | null; title: string }[];
  audits: { id: string; number: string; title: string; status: string; startDate: Date }[];
}

export interface ProgrammeDetail {
  id: string;
  version: number;
  agency: { id: string; name: string; path: string };
  year: number;
  objectives: string;
  status: ProgrammeStatus;
  returnNote: string | null;
  reopenReason: string | null;
  approvedAt: Date | null;
  approvedBy: string | null;
  copiedFrom: { id: string; year: number } | null;
  rounds: RoundView[];
  transitions: AllowedTransition[];
  mayEdit: boolean;
  mayCopy: boolean;
}

export interface UnitRiskRow extends UnitRisk {
  unitId: string;
  unitName: string;
  lastAuditedOn: Date | null;
}

export interface ProgrammeFormOptions {
  agencies: { id: string; name: string }[];
  /** Per agency: its units in tree order and its active SOPs. */
  units: { id: string; name: string; path: string; agencyId: string }[];
  sops: { id: string; label: string; unitId: string; agencyId: string }[];
}

export interface CoverageView {
  agency: { id: string; name: string };
  year: number;
  programme: { id: string; status: ProgrammeStatus } | null;
  units: { id: string; name: string }[];
  matrix: CoverageMatrix;
  months: CalendarCell[];
  byUnit: Record<string, CalendarCell[]>;
}

export interface CompetenceItem {
  id: string;
  version: number;
  kind: CompetenceKind;
  title: string;
  provider: string | null;
  issuedOn: Date;
  validUntil: Date | null;
  internalAuditor: boolean;
  note: string | null;
  file: { id: string; name: string } | null;
}

/** Per auditor: what audit-plan shows when assigning (the warning without internal-auditor training). */
export interface CompetenceSummary {
  hasInternalAuditorTraining: boolean;
  items: CompetenceItem[];
}

export interface PoolAuditor {
  id: string;
  name: string;
  nip: string | null;
  unitName: string;
  agencyName: string;
  competence: CompetenceSummary;
  assignments: { auditId: string; number: string; title: string; agencyName: string; year: number; role: string; crossAgency: boolean }[];
}
