// The in-memory picture of the generated province that later phases build on (ids, paths, people).
import type { PoolClient } from "pg";
import type { ProvinceScale } from "../contract";

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  shortName: string;
  type: string;
  parentId: string | null;
  path: string;
  depth: number;
  agencyIndex: number; // -1 for the province root
}

export interface UserRow {
  id: string;
  name: string;
  unitId: string;
  agencyIndex: number;
}

export interface Agency {
  index: number; // 0-based; benchAccount numbers are index + 1
  unit: UnitRow;
  units: UnitRow[]; // the agency's sub-units (not the agency itself)
  pimpinan: UserRow;
  manajerMutu: UserRow;
  auditor: UserRow;
  pegawai: UserRow;
  auditors: UserRow[]; // the bench auditor first
  staff: UserRow[]; // everyone of the agency
  sopIds: string[];
  sopUnit: Map<string, string>;
}

export interface Generation {
  client: PoolClient;
  scale: ProvinceScale;
  root: UnitRow;
  agencies: Agency[];
  admin: UserRow;
  pemantau: UserRow;
  /** The activity rows are built at the end from what each phase reports here. */
  events: ActivityEvent[];
  /** Ids handed out so far per kind, for phases that continue another's numbering. */
  counters: Record<string, number>;
  /** What the smoke check opens: an audit in PELAKSANAAN per agency, a scheduled review. */
  openAuditIds: string[];
  scheduledReviewIds: string[];
  objectiveIds: { id: string; agencyIndex: number; unitId: string; year: number; ownerId: string }[];
}

export interface ActivityEvent {
  at: Date;
  actor: UserRow | null;
  entity: string;
  entityId: string;
  action: string;
  after?: unknown;
  reason?: string | null;
}
