// What the pages of tindakan perbaikan receive (DTOs, never raw rows).
import type { AllowedTransition } from "../workflow/allowed";
import type { CorrectiveActionItemStatus, CorrectiveActionStatus, FishboneCategory } from "./constants";

export interface CaRow {
  id: string;
  round: number;
  status: CorrectiveActionStatus;
  dueDate: Date;
  overdue: boolean;
  findingId: string;
  findingNumber: string;
  category: "KTS_MAYOR" | "KTS_MINOR" | "OBSERVASI";
  statement: string;
  clauseCode: string | null;
  unitName: string;
  auditNumber: string | null;
  itemsDone: number;
  itemCount: number;
  createdAt: Date;
}

export interface CaItemView {
  id: string;
  version: number;
  description: string;
  picId: string;
  picName: string;
  dueDate: Date;
  overdue: boolean;
  sop: { id: string; title: string; number: string | null } | null;
  status: CorrectiveActionItemStatus;
  implementationNote: string | null;
  doneBy: string | null;
  doneAt: Date | null;
  evidence: { id: string; fileName: string; size: number }[];
}

export interface CaRoundView {
  id: string;
  round: number;
  version: number;
  status: CorrectiveActionStatus;
  dueDate: Date;
  overdue: boolean;
  correction: string | null;
  whys: string[];
  causes: { category: FishboneCategory | null; description: string }[];
  items: CaItemView[];
  returnNote: string | null;
  submittedAt: Date | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  implementedAt: Date | null;
  verifiableFrom: Date | null;
  verifiedBy: string | null;
  verifiedAt: Date | null;
  verificationNote: string | null;
  transitions: AllowedTransition[];
  /** The plan form is shown (the unit's auditee, round open). */
  canPlan: boolean;
  /** Actions may be recorded done (the unit's auditee, plan approved). */
  canRecordDone: boolean;
}

export interface CaDetail {
  unitPath: string;
  finding: {
    id: string;
    number: string;
    category: "KTS_MAYOR" | "KTS_MINOR" | "OBSERVASI";
    status: string;
    statement: string;
    evidence: string;
    clauseCode: string | null;
    unitName: string;
    sop: { id: string; title: string } | null;
    audit: { id: string; number: string } | null;
  };
  /** The round this page is about (the requested one). */
  current: CaRoundView;
  /** Every round of the finding, newest first; earlier ones are read-only. */
  rounds: CaRoundView[];
  options: { pics: { id: string; name: string }[]; sops: { id: string; label: string }[] };
}
