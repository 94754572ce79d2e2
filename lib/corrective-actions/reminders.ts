// The scheduled reminders of tindakan perbaikan (lib/jobs): an unfinished action item due within
// three days reminds its PIC; an overdue round (overdueWhere, as the register's filter) reminds the
// unit's auditees, and seven days past its due date escalates to the agency's PIMPINAN (the head
// above the unit: the auditee is already told, so the escalation goes up) and the manajer mutu.
// Idempotent through dedupeKey, quiet on weekends, as lib/objectives/reminders.ts.
import { env } from "../env";
import { auditeesOf } from "../findings/notices";
import { inScope, type Job } from "../jobs/types";
import { notify } from "../notifications/notify";
import { holdersOfRolesAt } from "../notifications/recipients";
import { workingTodays } from "../objectives/reminders";
import { formatCalendarDate } from "../utils/format";
import { overdueWhere } from "./overdue";

export const ITEM_DUE_SOON_DAYS = 3;
export const ESCALATE_AFTER_DAYS = 7;
const DAY = 86_400_000;
const days = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY);

export const correctiveActionReminderJob: Job = {
  name: "corrective-action-reminders",
  description: "Mengingatkan PIC tindakan yang segera jatuh tempo dan auditi atas tindakan perbaikan terlambat; lebih dari seminggu terlambat juga kepada pimpinan dan manajer mutu.",
  hour: () => env().REMINDER_HOUR,
  async run(tx, now, scope) {
    const todays = await workingTodays(tx, now, (zone) => inScope(scope, zone));
    if (todays.size === 0) return 0;
    const units = { in: [...todays.keys()] };
    let written = 0;

    const items = await tx.correctiveActionItem.findMany({
      where: { status: "BELUM", correctiveAction: { unitId: units, status: { in: ["TERBUKA", "RENCANA_DIAJUKAN", "RENCANA_DISETUJUI"] } } },
      select: { id: true, description: true, dueDate: true, picId: true, correctiveAction: { select: { id: true, unitId: true, finding: { select: { number: true } } } } },
    });
    for (const i of items) {
      const left = days(todays.get(i.correctiveAction.unitId) as Date, i.dueDate);
      if (left < 0 || left > ITEM_DUE_SOON_DAYS) continue;
      written += await notify(tx, {
        event: "corrective_action_item_due", entity: { type: "corrective_action", id: i.correctiveAction.id },
        href: `/corrective-actions/${encodeURIComponent(i.correctiveAction.id)}`, recipientIds: [i.picId],
        dedupeKey: `ca-item-due:${i.id}:${i.dueDate.toISOString().slice(0, 10)}`,
        title: `Tindakan "${i.description}" (temuan ${i.correctiveAction.finding.number}) jatuh tempo ${formatCalendarDate(i.dueDate)}`,
        body: "Catat pelaksanaannya beserta bukti sebelum batas waktu.",
      });
    }

    const overdue = await tx.correctiveAction.findMany({
      where: { AND: [overdueWhere(now), { unitId: units }] },
      select: { id: true, round: true, dueDate: true, unitId: true, unit: { select: { path: true, name: true } }, finding: { select: { number: true } } },
    });
    for (const ca of overdue) {
      const base = { entity: { type: "corrective_action", id: ca.id }, href: `/corrective-actions/${encodeURIComponent(ca.id)}` };
      const name = `Tindakan perbaikan temuan ${ca.finding.number} putaran ${ca.round}`;
      const auditees = await auditeesOf(tx, ca.unit.path);
      written += await notify(tx, {
        ...base, event: "corrective_action_late", recipientIds: auditees,
        dedupeKey: `ca-late:${ca.id}:${ca.dueDate.toISOString().slice(0, 10)}`,
        title: `${name} terlambat`, body: `Batas waktunya ${formatCalendarDate(ca.dueDate)}.`,
      });
      if (days(ca.dueDate, todays.get(ca.unitId) as Date) >= ESCALATE_AFTER_DAYS) {
        const heads = await holdersOfRolesAt(tx, ["PIMPINAN", "MANAJER_MUTU"], ca.unit.path);
        written += await notify(tx, {
          ...base, event: "corrective_action_escalated", recipientIds: heads.filter((id) => !auditees.includes(id)),
          dedupeKey: `ca-escalated:${ca.id}:${ca.dueDate.toISOString().slice(0, 10)}`,
          title: `${name} (${ca.unit.name}) terlambat lebih dari seminggu`,
          body: `Batas waktunya ${formatCalendarDate(ca.dueDate)}; auditi sudah diingatkan.`,
        });
      }
    }
    return written;
  },
};
