// The scheduled reminder of audits (lib/jobs): 14 days and 1 day before a published audit starts,
// its team and the AUDITEE holders of its audited units are reminded. Idempotent through each
// notification's dedupeKey (per audit, start date and reminder), counted on the agency's calendar,
// quiet on weekends (reminder-rules.ts). A cancelled audit is no longer PERSIAPAN: nobody is told.
import { env } from "../env";
import { inScope, type Job } from "../jobs/types";
import { notify } from "../notifications/notify";
import { holdersOfRole } from "../notifications/recipients";
import { agencyTimeZones } from "../org/agency";
import { isoDate, isWorkday, localDate } from "../org/time-zones";
import { formatCalendarDate } from "../utils/format";
import { auditReminderDue } from "./reminder-rules";

export const auditReminderJob: Job = {
  name: "audit-reminders",
  description: "Mengingatkan tim audit dan auditi 14 hari dan 1 hari sebelum audit dimulai.",
  hour: () => env().REMINDER_HOUR,
  async run(tx, now, scope) {
    const zones = await agencyTimeZones(tx);
    const audits = await tx.audit.findMany({
      where: { status: "PERSIAPAN", startDate: { gt: new Date(now.getTime() - 86_400_000) } },
      select: { id: true, number: true, title: true, agencyId: true, startDate: true, place: true, team: { select: { userId: true } }, units: { select: { unitId: true } } },
    });
    let written = 0;
    for (const audit of audits) {
      const zone = zones.get(audit.agencyId);
      if (!zone || !inScope(scope, zone)) continue;
      const today = localDate(now, zone);
      if (!isWorkday(today)) continue;
      const due = auditReminderDue(today, audit.startDate);
      if (due === null) continue;
      const auditees = (await Promise.all(audit.units.map((u) => holdersOfRole(tx, "AUDITEE", u.unitId)))).flat();
      const when = formatCalendarDate(audit.startDate);
      written += await notify(tx, {
        event: "audit_upcoming", entity: { type: "audit", id: audit.id }, href: `/audits/${audit.id}`,
        recipientIds: [...audit.team.map((m) => m.userId), ...auditees],
        // A rescheduled audit reminds again for its new date.
        dedupeKey: `audit-upcoming-${due}:${audit.id}:${isoDate(audit.startDate)}`,
        title: due === 1 ? `Audit ${audit.number} dimulai ${when}` : `Audit ${audit.number} dimulai dua minggu lagi (${when})`,
        body: `${audit.title}${audit.place ? `, ${audit.place}` : ""}. Periksa jadwal dan persiapkan dokumen.`,
      });
    }
    return written;
  },
};
