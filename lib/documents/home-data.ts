import "server-only";
// What waits for the pengendali dokumen on the home page: loan requests to serve, loans past their
// due date and documents due for their periodic review, each linking to its own list. Built from the
// lists' own where-builders, so the home never shows what the list would not.
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import type { QueueItem } from "../dashboards/types";
import { getDb } from "../db";
import { DEFAULT_TIME_ZONE, localDate } from "../org/time-zones";
import { loanFilterWhere, loanToday, readableLoanWhere } from "./loan-data";
import { dueReviewWhere } from "./review-data";


const LIMIT = 10;

export async function keeperQueue(user: SessionUser, now: Date = new Date()): Promise<{ items: QueueItem[]; reviewsDue: number }> {
  const db = await getDb();
  const items: QueueItem[] = [];
  const loanScope = unitScope(user, "archive.loan.manage");
  if (loanScope.kind !== "none") {
    const today = loanToday(now);
    const agencyWhere = { agency: unitPathWhere(loanScope) };
    const [requested, overdue] = await Promise.all([
      loanFilterWhere({ q: undefined, unitId: undefined, status: "DIAJUKAN" }, today),
      loanFilterWhere({ q: undefined, unitId: undefined, overdue: "1" }, today),
    ]);
    const select = { id: true, agendaNo: true, archiveTitle: true, requestedAt: true, dueDate: true, borrower: { select: { name: true } }, borrowerUnit: { select: { name: true } } } as const;
    const [waiting, late] = await Promise.all([
      db.archiveLoan.findMany({ where: { AND: [readableLoanWhere(user), agencyWhere, requested ?? {}] }, orderBy: { requestedAt: "asc" }, take: LIMIT, select }),
      db.archiveLoan.findMany({ where: { AND: [readableLoanWhere(user), agencyWhere, overdue ?? {}] }, orderBy: { dueDate: "asc" }, take: LIMIT, select }),
    ]);
    for (const l of waiting) {
      items.push({ kind: "Permintaan peminjaman arsip", title: `${l.agendaNo} · ${l.archiveTitle} (${l.borrower.name})`, unitName: l.borrowerUnit.name, status: "Menunggu dilayani", href: `/documents/loans/${l.id}`, at: l.requestedAt });
    }
    for (const l of late) {
      items.push({ kind: "Peminjaman arsip terlambat", title: `${l.agendaNo} · ${l.archiveTitle} (${l.borrower.name})`, unitName: l.borrowerUnit.name, status: "Terlambat dikembalikan", href: `/documents/loans/${l.id}`, at: l.dueDate });
    }
  }
  const manageScope = unitScope(user, "document.manage");
  const reviewsDue = manageScope.kind === "none"
    ? 0
    : await db.controlledDocument.count({ where: { AND: [dueReviewWhere(localDate(now, DEFAULT_TIME_ZONE)), { unit: unitPathWhere(manageScope) }] } });
  return { items, reviewsDue };
}
