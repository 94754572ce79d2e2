// The scheduled reminder of temuan (lib/jobs): a finding still awaiting the auditee's response
// (TERBUKA) whose due date is within three days, or past it, reminds the unit's auditees. Idempotent
// through dedupeKey, counted by the agency's calendar, quiet on weekends (Friday's "due soon" covers
// a due date on Monday), as lib/objectives/reminders.ts.
import { env } from "../env";
import { inScope, type Job } from "../jobs/types";
import { notify } from "../notifications/notify";
import { workingTodays } from "../objectives/reminders";
import { formatCalendarDate } from "../utils/format";
import { auditeesOf } from "./notices";

export const DUE_SOON_DAYS = 3;
const DAY = 86_400_000;

export const findingReminderJob: Job = {
  name: "finding-reminders",
  description: "Mengingatkan auditi atas temuan yang belum ditanggapi dan segera jatuh tempo atau terlambat.",
  hour: () => env().REMINDER_HOUR,
  async run(tx, now, scope) {
    const todays = await workingTodays(tx, now, (zone) => inScope(scope, zone));
    if (todays.size === 0) return 0;
    const findings = await tx.finding.findMany({
      where: { status: "TERBUKA", dueDate: { not: null }, unitId: { in: [...todays.keys()] } },
      select: { id: true, number: true, dueDate: true, unitId: true, unit: { select: { path: true } } },
    });
    let written = 0;
    for (const f of findings) {
      const due = f.dueDate as Date;
      const days = Math.round((due.getTime() - (todays.get(f.unitId) as Date).getTime()) / DAY);
      if (days > DUE_SOON_DAYS) continue;
      const late = days < 0;
      written += await notify(tx, {
        event: late ? "finding_response_late" : "finding_response_due",
        entity: { type: "finding", id: f.id }, href: `/findings/${encodeURIComponent(f.id)}`,
        recipientIds: await auditeesOf(tx, f.unit.path),
        dedupeKey: `${late ? "finding-response-late" : "finding-response-due"}:${f.id}:${due.toISOString().slice(0, 10)}`,
        title: late
          ? `Tanggapan temuan ${f.number} terlambat (batas ${formatCalendarDate(due)})`
          : `Tanggapan temuan ${f.number} jatuh tempo ${formatCalendarDate(due)}`,
        body: "Terima atau sanggah temuan ini di Portal Mutu.",
      });
    }
    return written;
  },
};
