// What leaves the server about tinjauan manajemen (never raw rows).
import type { AllowedTransition } from "../workflow/allowed";
import type { ActionLinkKind, ManagementReviewStatus, ReviewActionStatus, ReviewDecisionType } from "./constants";
import type { InputSectionKey, SectionData } from "./input-types";
import type { DraftChange } from "./rules";

export interface ReviewRow {
  id: string;
  number: string;
  title: string;
  agencyName: string;
  meetingAt: Date;
  periodFrom: Date;
  periodTo: Date;
  status: ManagementReviewStatus;
  chairName: string;
  actionCount: number;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface ReviewSectionView {
  key: InputSectionKey;
  title: string;
  narrative: string | null;
  /** The frozen data once the meeting started, else the live compilation. */
  data: SectionData;
}

export interface ReviewActionView {
  id: string;
  version: number;
  reviewId: string;
  reviewNumber: string;
  description: string;
  pic: PersonRef;
  unitName: string;
  dueDate: Date;
  status: ReviewActionStatus;
  overdue: boolean;
  decisionType: ReviewDecisionType | null;
  link: { kind: ActionLinkKind; id: string | null; label: string; href: string | null } | null;
  doneAt: Date | null;
  doneNote: string | null;
  /** May the viewer report it done now. */
  mayComplete: boolean;
}

export interface DraftView {
  number: number;
  submittedAt: Date;
  returnedAt: Date | null;
  returnedStep: "paraf" | "tanda_tangan" | null;
  returnNote: string | null;
  /** What changed from the previous draft (empty for the first). */
  changes: DraftChange[];
}

export interface ReviewDetail {
  id: string;
  number: string;
  title: string;
  version: number;
  status: ManagementReviewStatus;
  agency: { id: string; name: string; path: string };
  periodFrom: Date;
  periodTo: Date;
  meetingAt: Date;
  place: string;
  chair: PersonRef;
  notulis: PersonRef;
  initialer: PersonRef;
  invitedUnits: { id: string; name: string }[];
  participants: (PersonRef & { unitName: string; position: string | null; present: boolean | null })[];
  agenda: { position: number; title: string; minutes: string | null }[];
  frozenAt: Date | null;
  decisions: { type: ReviewDecisionType; text: string; agendaIndex: number | null; agendaTitle: string | null }[];
  actions: ReviewActionView[];
  draftNo: number;
  drafts: DraftView[];
  /** What changed since the last returned draft, while the next one is written. */
  pendingChanges: DraftChange[] | null;
  returnNote: string | null;
  cancelReason: string | null;
  startedAt: Date | null;
  submittedAt: Date | null;
  initialedAt: Date | null;
  signedAt: Date | null;
  publishedAt: Date | null;
  acknowledgments: { userId: string; userName: string; acknowledgedAt: Date }[];
  transitions: AllowedTransition[];
  allowed: { edit: boolean; narrate: boolean; attendance: boolean; minutes: boolean; acknowledge: boolean; history: boolean };
}

export interface ReviewFormOptions {
  agencies: { id: string; name: string }[];
  units: { id: string; name: string; path: string }[];
  people: { id: string; name: string; unitName: string }[];
  chairs: { id: string; name: string; unitName: string }[];
}

export interface MinutesOptions {
  people: { id: string; name: string; unitName: string }[];
  sops: { id: string; label: string }[];
  objectives: { id: string; label: string }[];
  findings: { id: string; label: string }[];
}
