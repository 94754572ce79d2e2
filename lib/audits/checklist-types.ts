// What leaves the server about an audit's checklist and report.
import type { AuditReportStatus, AuditStatus, ChecklistAnswer, ChecklistItemKind, FindingCategory, FindingStatus } from "../db/generated/enums";

export interface AuditHeader {
  id: string;
  number: string;
  title: string;
  status: AuditStatus;
  agencyName: string;
  agencyPath: string;
  startDate: Date;
  endDate: Date;
  reportLockedAt: Date | null;
}

export interface ChecklistItemView {
  id: string;
  version: number;
  position: number;
  kind: ChecklistItemKind;
  question: string;
  clauseCode: string | null;
  unitId: string | null;
  unitName: string | null;
  sopTitle: string | null;
  sopStepNo: number | null;
  answer: ChecklistAnswer | null;
  evidenceNote: string | null;
  samplePopulation: string | null;
  sampleMethod: string | null;
  sampleSize: number | null;
  sampleItems: string | null;
  answeredAt: Date | null;
  finding: { id: string; number: string; status: FindingStatus } | null;
  evidenceFiles: { id: string; attachmentId: string; fileName: string }[];
}

export interface ChecklistPage {
  audit: AuditHeader;
  items: ChecklistItemView[];
  units: { id: string; name: string }[];
  clauses: { code: string; title: string }[];
  canAnswer: boolean;
  canEdit: boolean;
  /** Why answering is closed now (shown above the list), when the user is on the team. */
  answerClosedReason: string | null;
}

export interface ClauseSummary {
  clauseCode: string;
  counts: Record<ChecklistAnswer | "BELUM", number>;
}

export interface UnitSummary {
  unitId: string;
  unitName: string;
  counts: Record<ChecklistAnswer | "BELUM", number>;
  clauses: ClauseSummary[];
}

export interface ReportFindingView {
  id: string;
  number: string;
  category: FindingCategory;
  status: FindingStatus;
  unitName: string;
  statement: string;
  clauseCode: string | null;
}

export interface AuditReportView {
  /** Lines above the agency's name on the printed report (the units above it, e.g. the province). */
  headerLines: string[];
  audit: AuditHeader & { objectives: string; criteria: string; place: string | null; clauses: string[] };
  units: { id: string; name: string; representative: string | null; path: string }[];
  sops: { id: string; title: string; number: string | null }[];
  team: { userId: string; name: string; role: "KETUA" | "ANGGOTA"; crossAgency: boolean }[];
  summary: UnitSummary[];
  findings: ReportFindingView[];
  report: {
    id: string | null;
    version: number;
    status: AuditReportStatus;
    summary: string | null;
    strengths: string | null;
    conclusion: string | null;
    approvedBy: string | null;
    approvedAt: Date | null;
    receivedBy: string | null;
    receivedAt: Date | null;
  };
  acknowledgments: { unitId: string; unitName: string; userName: string; acknowledgedAt: Date; note: string | null }[];
}
