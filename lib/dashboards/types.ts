// What the role homes receive: plain figures and short lists, each with the link to the full list.
import type { ObjectiveStatus } from "../objectives/constants";

export interface QueueItem {
  /** "Sasaran mutu", "Revisi sasaran mutu", "Kebijakan mutu". */
  kind: string;
  title: string;
  unitName: string;
  status: string;
  href: string;
  at: Date | null;
}

export interface AwaitingPeriod {
  objectiveId: string;
  code: string;
  statement: string;
  unitName: string;
  ownerName: string;
  /** "Agu 2026". */
  periodLabel: string;
  dueDate: Date;
  late: boolean;
}

export interface Figures {
  year: number;
  /** Measured periods of objectives in force this year, and how many of them achieved. */
  measured: number;
  achieved: number;
  /** achieved / measured, 0–100 to one decimal; null when nothing was measured. */
  percent: number | null;
  statusCounts: Record<ObjectiveStatus, number>;
  late: number;
}

export interface AgencyFigures extends Figures {
  agencyId: string;
  agencyName: string;
}

export interface SopItem {
  id: string;
  title: string;
  number: string | null;
  unitName: string;
  revisionNo: number;
  updatedAt: Date;
}

export interface RoleHome {
  year: number;
  pimpinan: { approvals: QueueItem[]; figures: Figures; agencyId: string | null } | null;
  manajerMutu: { late: { total: number; items: AwaitingPeriod[] }; toFix: QueueItem[]; drafts: QueueItem[] } | null;
  pegawai: { unitSops: { total: number; items: SopItem[] }; measurements: AwaitingPeriod[] } | null;
  pengendaliDokumen: { recentSops: SopItem[]; agencyName: string } | null;
  pemantau: { agencies: AgencyFigures[] } | null;
}
