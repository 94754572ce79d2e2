// What leaves the server about kebijakan and sasaran mutu.
import type {
  Achievement,
  MeasurementFrequency,
  ObjectiveStatus,
  Perspective,
  PolicyStatus,
  RevisionStatus,
  TargetDirection,
} from "./constants";
import type { PeriodState, ValueBounds } from "./rules";
import type { AllowedTransition } from "../workflow/allowed";

export interface ObjectiveRow {
  id: string;
  code: string;
  year: number;
  statement: string;
  unitId: string;
  unitName: string;
  perspective: Perspective;
  status: ObjectiveStatus;
  targetText: string;
  frequency: MeasurementFrequency;
  ownerName: string;
  /** The latest period that has ended (or been measured): how it stands. */
  achievement: Achievement;
  measured: number;
  achieved: number;
  late: number;
}

export interface MeasurementView {
  id: string;
  period: number;
  value: number;
  achieved: boolean;
  targetText: string;
  note: string | null;
  analysis: string | null;
  evidenceUrl: string | null;
  evidence: { id: string; fileName: string; size: number } | null;
  enteredBy: string;
  updatedAt: Date;
  version: number;
}

export interface PeriodRow extends PeriodState {
  label: string;
  end: Date;
  measurement: MeasurementView | null;
}

export interface ObjectiveDetail {
  id: string;
  code: string;
  year: number;
  statement: string;
  unit: { id: string; name: string; path: string };
  perspective: Perspective;
  indicator: string;
  formula: string | null;
  measureUnit: string;
  direction: TargetDirection;
  target: number | null;
  targetLow: number | null;
  targetHigh: number | null;
  targetText: string;
  baseline: number | null;
  /** The objective's own bounds of a measured value, and the bounds in force (with the unit's). */
  valueMin: number | null;
  valueMax: number | null;
  valueBounds: ValueBounds;
  frequency: MeasurementFrequency;
  owner: { id: string; name: string };
  dataSource: string;
  processes: string | null;
  policy: { id: string; versionNo: number; commitmentNo: number | null; commitment: string | null } | null;
  status: ObjectiveStatus;
  returnNote: string | null;
  closedReason: string | null;
  revisionNo: number;
  approvedAt: Date | null;
  approvedBy: string | null;
  version: number;
  sops: { id: string; title: string; number: string | null; unitName: string }[];
  periods: PeriodRow[];
  /** Approved definitions, newest first (the first is the one in force). */
  revisions: { revisionNo: number; reason: string; createdBy: string | null; createdAt: Date; approvedAt: Date | null; approvedBy: string | null }[];
  /** The revision waiting to replace the definition in force, if any. */
  pendingRevision: PendingRevisionView | null;
  /** The workflow buttons this user may press now. */
  transitions: AllowedTransition[];
  allowed: {
    edit: boolean;
    /** Start the pending revision, or edit it while it is a draft. */
    revise: boolean;
    measure: boolean;
  };
}

export interface PendingRevisionView {
  id: string;
  revisionNo: number;
  status: RevisionStatus;
  reason: string;
  returnNote: string | null;
  createdBy: string | null;
  createdAt: Date;
  version: number;
  /** The proposed definition (the objective's columns and sopIds). */
  definition: Record<string, unknown> & { sopIds?: string[] };
  editable: boolean;
  transitions: AllowedTransition[];
}

export interface PolicyView {
  id: string;
  agencyId: string;
  agencyName: string;
  versionNo: number;
  statement: string;
  commitments: string[];
  status: PolicyStatus;
  returnNote: string | null;
  approvedAt: Date | null;
  approvedBy: string | null;
  version: number;
  updatedAt: Date;
}
