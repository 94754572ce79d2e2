// Pure rules of the register and the revision workflow (ISO 9001:2015 7.5.2-7.5.3): who checks and
// who approves a revision, and the dates a revision in force sets on its document.
import type { RuleOutcome } from "../auth/record-rules";
import type { SessionUser } from "../auth/types";

export interface RevisionRuleSubject {
  /** The owner unit's path. */
  unitPath: string;
  createdById: string | null;
  lastEditedById: string | null;
  /** The agency's delegated approver (DocumentSetting.delegateApproverId). */
  delegateApproverId: string | null;
  /** Who checked the revision (DIPERIKSA), if anyone yet. */
  checkedById: string | null;
  /** ControlledDocument.status: only a document in use (AKTIF) takes a revision forward. */
  documentStatus: string;
}

/** A withdrawn, destroyed or handed-over document takes no revision forward. */
export function documentInUse(_user: SessionUser, record: RevisionRuleSubject): RuleOutcome {
  if (record.documentStatus === "AKTIF") return null;
  return { refuse: "Dokumen ini sudah tidak aktif (ditarik, dimusnahkan atau diserahkan), sehingga revisinya tidak dapat diproses lagi." };
}

/**
 * The approver is not the one who checked it (check and approval by two people), nor its author
 * unless the agency allows self-approval (a one-person office; then independentApprover remarks it).
 */
export function approverIsNotCheckerOrAuthor(user: SessionUser, record: RevisionRuleSubject & { selfApprovalAllowed: boolean }): RuleOutcome {
  if (record.checkedById === user.id) return { refuse: "Anda yang memeriksa revisi ini, sehingga pengesahannya dilakukan orang lain." };
  if (record.createdById === user.id && !record.selfApprovalAllowed) return { refuse: "Anda menyusun revisi ini, sehingga tidak dapat mengesahkannya sendiri." };
  return null;
}

/** The checker is neither the revision's author nor its last editor (four eyes before approval). */
export function independentChecker(user: SessionUser, record: RevisionRuleSubject): RuleOutcome {
  if (record.createdById === user.id || record.lastEditedById === user.id) {
    return { refuse: "Anda menyusun atau terakhir mengubah revisi ini, sehingga pemeriksaannya dilakukan orang lain." };
  }
  return null;
}

/** A PIMPINAN grant on the unit or above it (or portal-wide). */
export function leadsUnit(user: SessionUser, unitPath: string): boolean {
  return user.grants.some((g) => g.role === "PIMPINAN" && (g.unitPath === null || unitPath.startsWith(g.unitPath)));
}

/** The approver is the pimpinan over the owner unit, or the agency's delegated approver. */
export function documentApprover(user: SessionUser, record: RevisionRuleSubject): RuleOutcome {
  if (leadsUnit(user, record.unitPath) || (record.delegateApproverId !== null && record.delegateApproverId === user.id)) return null;
  return { refuse: "Revisi dokumen disahkan oleh pimpinan unit pemilik atau pejabat yang didelegasikan Perangkat Daerah." };
}

/** UTC-midnight dates: months added, the day clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/** Whether an approved revision takes effect now: its planned date is today or earlier (or unset). */
export function takesEffectOn(effectiveDate: Date | null, today: Date): boolean {
  return effectiveDate === null || effectiveDate.getTime() <= today.getTime();
}

/** The next revision's number: one after the highest so far (1 for the first). */
export function nextRevisionNo(highest: number | null): number {
  return (highest ?? 0) + 1;
}
