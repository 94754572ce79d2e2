// Rules that depend on the person and the record, not only on role and unit. One function per
// rule, used alike by the workflow runner, the pages (which buttons to show) and the data queries
// (which rows to list). The permission table (permissions.ts) decides role and unit first.
import { can } from "./permissions";
import type { SessionUser } from "./types";

/** A record rule either passes (null), refuses with a message, or passes with a remark for the history. */
export type RuleOutcome = null | { refuse: string } | { remark: string };

export interface ApprovalSubject {
  /** Who submitted the record for approval, and who last changed its content. */
  submittedById: string | null;
  lastEditedById: string | null;
  /** The agency allows one person to submit and approve (a one-person office). */
  selfApprovalAllowed: boolean;
}

/**
 * Separation of duties: the approver is neither the person who submitted the record nor the one
 * who last edited it, unless the agency allows it, and then the history says so.
 */
export function independentApprover(user: SessionUser, record: ApprovalSubject): RuleOutcome {
  const own = record.submittedById === user.id || record.lastEditedById === user.id;
  if (!own) return null;
  if (record.selfApprovalAllowed) return { remark: "Disetujui oleh pengaju/penyunting sendiri (diizinkan pengaturan Perangkat Daerah)." };
  return { refuse: "Anda yang mengajukan atau terakhir mengubah data ini, sehingga tidak dapat menyetujuinya sendiri. Persetujuan diberikan pimpinan lain." };
}

export interface MeasuredObjective {
  ownerId: string;
  unitPath: string;
}

/** ISO 9001 9.1.1: the objective's PIC measures it, or a manajer mutu over its unit. */
export function mayMeasureObjective(user: SessionUser, objective: MeasuredObjective): boolean {
  return objective.ownerId === user.id || can(user, "objective.measure", { unitPath: objective.unitPath });
}
