// The job "archive-loan-reminders": a lent archive past its due date reminds its borrower and the
// arsiparis of its agency, once per loan and due date (dedupeKey), on the agency's working days.
import { env } from "../env";
import type { Tx } from "../db";
import { inScope, type Job } from "../jobs/types";
import { notify } from "../notifications/notify";
import { holdersOfPermission } from "../notifications/recipients";
import { agencyTimeZones } from "../org/agency";
import { isoDate, isWorkday, localDate } from "../org/time-zones";
import { formatCalendarDate } from "../utils/format";
import { daysOverdue } from "./loan-rules";

export const archiveLoanReminderJob: Job = {
  name: "archive-loan-reminders",
  description: "Mengingatkan peminjam dan arsiparis atas arsip yang dipinjam melewati batas waktu pengembalian.",
  hour: () => env().REMINDER_HOUR,
  async run(tx: Tx, now, scope) {
    const zones = await agencyTimeZones(tx);
    const loans = await tx.archiveLoan.findMany({
      where: { status: "DIPINJAM", dueDate: { not: null } },
      select: { id: true, agencyId: true, agendaNo: true, archiveTitle: true, dueDate: true, borrowerId: true, borrower: { select: { name: true } }, agency: { select: { path: true } } },
    });
    let written = 0;
    for (const loan of loans) {
      const zone = zones.get(loan.agencyId);
      if (!zone || !inScope(scope, zone)) continue;
      const today = localDate(now, zone);
      const due = loan.dueDate as Date;
      if (!isWorkday(today) || due.getTime() >= today.getTime()) continue;
      const days = daysOverdue(due, today);
      const base = { event: "archive_loan_overdue" as const, entity: { type: "archive_loan", id: loan.id }, href: `/documents/loans/${encodeURIComponent(loan.id)}` };
      const key = `${loan.id}:${isoDate(due)}`;
      written += await notify(tx, {
        ...base, recipientIds: [loan.borrowerId], dedupeKey: `archive-loan-overdue:${key}`,
        title: `Arsip ${loan.agendaNo} terlambat dikembalikan ${days} hari`,
        body: `${loan.archiveTitle}: batas waktunya ${formatCalendarDate(due)}. Kembalikan kepada arsiparis.`,
      });
      const keepers = (await holdersOfPermission(tx, "archive.loan.manage", loan.agency.path)).filter((id) => id !== loan.borrowerId);
      written += await notify(tx, {
        ...base, recipientIds: keepers, dedupeKey: `archive-loan-overdue-keeper:${key}`,
        title: `Arsip ${loan.agendaNo} yang dipinjam ${loan.borrower.name} terlambat ${days} hari`,
        body: `${loan.archiveTitle}: batas waktunya ${formatCalendarDate(due)}.`,
      });
    }
    return written;
  },
};
