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
  /** Loan requests and overdue loans to serve, and how many documents are due for review. */
  pengendaliDokumen: { recentSops: SopItem[]; agencyName: string; archive: QueueItem[]; reviewsDue: number } | null;
  pemantau: { agencies: AgencyFigures[] } | null;
  /** Dokumen wajib baca: the user's unconfirmed rows (any role), null when there are none. */
  readRequired: { total: number; items: QueueItem[] } | null;
  /** Document revisions waiting for this user's check (document.check holders). */
  documentChecks: QueueItem[] | null;
  /** The leadership dashboard (PIMPINAN, PEMANTAU), with its unit filter. */
  leadership: LeadershipHome | null;
}

/** One figure of the leadership dashboard and the list that shows the same count. */
export interface CountTile {
  label: string;
  value: number;
  href: string;
}

export interface ProgrammeTile {
  programmes: { id: string; year: number; agencyName: string; rounds: number; roundsHeld: number; audits: number; auditsHeld: number; percent: number | null }[];
  rounds: number;
  roundsHeld: number;
  percent: number | null;
  href: string;
}

export interface LeadershipHome {
  year: number;
  /** The unit the tiles count in (the filter, or the reader's own unit); null unitId: their whole scope. */
  focus: { unitId: string | null; unitName: string };
  /** What the unit filter offers. */
  units: { id: string; name: string; path: string }[];
  objectives: Figures & { href: string; lateHref: string };
  openFindings: { categories: CountTile[]; ages: CountTile[]; total: number; href: string };
  overdueFindings: CountTile;
  overdueCorrectiveActions: CountTile;
  programme: ProgrammeTile;
  sopsDue: CountTile;
  rtl: CountTile & { overdue: number };
  ikm: { year: number; ikm: number | null; surveys: number; href: string }[];
}

export interface AgencyRanking {
  agencyId: string;
  agencyName: string;
  rank: number;
  percent: number | null;
  achieved: number;
  measured: number;
  objectivesHref: string;
  openFindings: CountTile;
  overdueCorrectiveActions: CountTile;
  programmePercent: number | null;
  programmeHref: string;
  sopsDue: CountTile;
  openRtl: number;
}
