// What leaves the server about temuan.
import type { AllowedTransition } from "../workflow/allowed";
import type { AgeBucket, FindingCategory, FindingSource, FindingStatus } from "./constants";

export interface FindingRow {
  id: string;
  number: string;
  unitId: string;
  unitName: string;
  category: FindingCategory;
  status: FindingStatus;
  source: FindingSource;
  statement: string;
  clauseCode: string | null;
  sopTitle: string | null;
  auditNumber: string | null;
  raisedAt: Date;
  dueDate: Date | null;
  ageDays: number;
  overdue: boolean;
}

export interface FindingEvidenceFile {
  id: string;
  fileName: string;
  size: number;
}

export interface TimelineEntry {
  id: number;
  at: Date;
  actorLabel: string | null;
  action: string;
  reason: string | null;
}

export interface FindingDetail extends FindingRow {
  version: number;
  agencyName: string;
  unitPath: string;
  location: string | null;
  sopId: string | null;
  sopNumber: string | null;
  sopStepNo: number | null;
  evidence: string;
  clauseTitle: string | null;
  reference: string | null;
  auditId: string | null;
  auditTitle: string | null;
  objectiveId: string | null;
  objectiveCode: string | null;
  objectiveStatement: string | null;
  measurementPeriod: number | null;
  raisedByName: string | null;
  disputeReason: string | null;
  disputedAt: Date | null;
  decisionNote: string | null;
  decidedAt: Date | null;
  decidedByName: string | null;
  acceptedAt: Date | null;
  closedAt: Date | null;
  files: FindingEvidenceFile[];
  transitions: AllowedTransition[];
  canAddEvidence: boolean;
  timeline: TimelineEntry[];
}

export interface SimilarFinding {
  id: string;
  number: string;
  unitName: string;
  category: FindingCategory;
  status: FindingStatus;
  statement: string;
  /** Why it is similar: same clause, same SOP or both. */
  match: string;
}

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

export interface FindingCharts {
  byClause: CountRow[];
  bySop: CountRow[];
  ageing: { bucket: AgeBucket; label: string; count: number }[];
  perMonth: { month: string; opened: number; closed: number }[];
}
