// What the register's pages receive: DTOs, never raw rows.
import type { AllowedTransition } from "../workflow";
import type { DocumentAccess, DocumentRevisionStatus, DocumentStatus, DocumentType, FinalDisposition } from "./constants";

export interface DocumentRow {
  id: string;
  code: string;
  title: string;
  type: DocumentType;
  access: DocumentAccess;
  status: DocumentStatus;
  unitName: string;
  agencyName: string;
  currentRevisionNo: number | null;
  /** Effective date of the revision in force. */
  effectiveAt: Date | null;
  /** The pending revision's status, shown to keepers only. */
  pendingStatus: DocumentRevisionStatus | null;
}

export interface RevisionView {
  id: string;
  revisionNo: number;
  status: DocumentRevisionStatus;
  version: number;
  changeReason: string;
  changedParts: string | null;
  requestedBy: string | null;
  effectiveDate: Date | null;
  text: string | null;
  file: { name: string; size: number } | null;
  hasSopContent: boolean;
  returnNote: string | null;
  submittedAt: Date | null;
  checkedBy: string | null;
  checkedAt: Date | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  effectiveAt: Date | null;
  obsoleteAt: Date | null;
  createdById: string | null;
  purged: boolean;
}

export interface DocumentDetail {
  id: string;
  version: number;
  code: string;
  title: string;
  description: string | null;
  type: DocumentType;
  access: DocumentAccess;
  status: DocumentStatus;
  sopId: string | null;
  unit: { id: string; name: string; path: string };
  agency: { id: string; name: string; path: string };
  retentionActiveYears: number;
  retentionInactiveYears: number;
  finalDisposition: FinalDisposition;
  reviewIntervalMonths: number;
  currentRevisionNo: number | null;
  firstEffectiveAt: Date | null;
  nextReviewAt: Date | null;
  retentionEndsAt: Date | null;
  /** Keeps the document: sees drafts and the history. */
  keeps: boolean;
  inForce: RevisionView | null;
  /** The pending revision (keepers only), with the buttons this user may press. */
  pending: (RevisionView & { transitions: AllowedTransition[]; editable: boolean }) | null;
  /** Every revision, newest first (keepers only; others see the one in force). */
  revisions: RevisionView[];
  allowed: { edit: boolean; revise: boolean };
}

export interface DocumentSettingsView {
  agency: { id: string; name: string; shortName: string | null; code: string };
  version: number;
  codePatterns: Partial<Record<DocumentType, string>>;
  delegateApproverId: string | null;
  /** People of the agency holding MANAJER_MUTU or PIMPINAN. */
  delegates: { id: string; name: string }[];
}
