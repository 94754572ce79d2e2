// The scheduled reminders of sasaran mutu (lib/jobs): measurements due soon or late, and
// submissions waiting for approval. Idempotent through each notification's dedupeKey, counted by
// the agency's calendar, and quiet on weekends (Friday's "due soon" covers a due date on Monday).
import { env } from "../env";
import type { Tx } from "../db";
import { inScope, type Job } from "../jobs/types";
import { notify } from "../notifications/notify";
import { holdersOfPermission, holdersOfRolesAt } from "../notifications/recipients";
import { agencyTimeZones } from "../org/agency";
import { isWorkday, localDate } from "../org/time-zones";
import { formatCalendarDate, formatDate } from "../utils/format";
import { APPROVAL_WAITING_DAYS, daysWaiting, measurementReminders } from "./reminder-rules";
import { measurementWindow } from "./rules";

/** Local "today" of every unit's agency in scope that is a working day. */
export async function workingTodays(tx: Tx, now: Date, zonesInScope: (zone: string) => boolean): Promise<Map<string, Date>> {
  const zones = await agencyTimeZones(tx);
  const todays = new Map<string, Date>();
  for (const [unitId, zone] of zones) {
    const today = localDate(now, zone);
    if (zonesInScope(zone) && isWorkday(today)) todays.set(unitId, today);
  }
  return todays;
}

export const measurementReminderJob: Job = {
  name: "measurement-reminders",
  description: "Mengingatkan PIC pengukuran sasaran mutu yang segera jatuh tempo atau terlambat; yang terlambat lebih dari seminggu juga kepada manajer mutu unit.",
  hour: () => env().REMINDER_HOUR,
  async run(tx, now, scope) {
    const todays = await workingTodays(tx, now, (zone) => inScope(scope, zone));
    if (todays.size === 0) return 0;
    const year = now.getUTCFullYear();
    const objectives = await tx.qualityObjective.findMany({
      where: { status: "DISETUJUI", year: { in: [year - 1, year, year + 1] }, unitId: { in: [...todays.keys()] } },
      select: {
        id: true, code: true, year: true, frequency: true, approvedAt: true, closedAt: true, ownerId: true, unitId: true,
        unit: { select: { path: true, shortName: true, name: true } },
        measurements: { select: { period: true } },
      },
    });
    let written = 0;
    for (const o of objectives) {
      const today = todays.get(o.unitId) as Date;
      const reminders = measurementReminders(
        { year: o.year, frequency: o.frequency, measuredPeriods: o.measurements.map((m) => m.period), window: measurementWindow(o) },
        today,
      );
      const name = `${o.code} ${o.unit.shortName ?? o.unit.name}`;
      const base = { entity: { type: "objective", id: o.id }, href: `/objectives/${o.id}` };
      for (const r of reminders) {
        const key = `${o.id}:${o.year}-${r.period}`;
        const due = formatCalendarDate(r.dueDate);
        if (r.kinds.includes("due")) {
          written += await notify(tx, {
            ...base, event: "measurement_due", recipientIds: [o.ownerId], dedupeKey: `measurement-due:${key}`,
            title: `Pengukuran ${r.label} ${o.year} sasaran ${name} jatuh tempo ${due}`,
            body: "Catat nilai periode ini beserta buktinya sebelum batas waktu.",
          });
        }
        if (r.kinds.includes("late")) {
          written += await notify(tx, {
            ...base, event: "measurement_late", recipientIds: [o.ownerId], dedupeKey: `measurement-late:${key}`,
            title: `Pengukuran ${r.label} ${o.year} sasaran ${name} terlambat`,
            body: `Batas waktunya ${due}. Catat nilainya sekarang.`,
          });
        }
        if (r.kinds.includes("escalated")) {
          written += await notify(tx, {
            ...base, event: "measurement_late", dedupeKey: `measurement-late-escalated:${key}`,
            recipientIds: (await holdersOfRolesAt(tx, ["MANAJER_MUTU"], o.unit.path)).filter((id) => id !== o.ownerId),
            title: `Pengukuran ${r.label} ${o.year} sasaran ${name} terlambat lebih dari seminggu`,
            body: `Batas waktunya ${due}; PIC sudah diingatkan.`,
          });
        }
      }
    }
    return written;
  },
};

export const approvalReminderJob: Job = {
  name: "approval-reminders",
  description: "Mengingatkan pimpinan atas sasaran mutu, revisi dan kebijakan mutu yang menunggu persetujuannya lebih dari tiga hari.",
  hour: () => env().REMINDER_HOUR,
  async run(tx, now, scope) {
    const todays = await workingTodays(tx, now, (zone) => inScope(scope, zone));
    if (todays.size === 0) return 0;
    const before = new Date(now.getTime() - APPROVAL_WAITING_DAYS * 86_400_000);
    const units = { in: [...todays.keys()] };
    const [objectives, revisions, policies] = await Promise.all([
      tx.qualityObjective.findMany({
        where: { status: "DIAJUKAN", submittedAt: { lte: before }, unitId: units },
        select: { id: true, code: true, submittedAt: true, unitId: true, unit: { select: { path: true, shortName: true, name: true } } },
      }),
      tx.objectiveRevision.findMany({
        where: { status: "DIAJUKAN", submittedAt: { lte: before }, objective: { unitId: units } },
        select: { id: true, revisionNo: true, submittedAt: true, objective: { select: { id: true, code: true, unitId: true, unit: { select: { path: true, shortName: true, name: true } } } } },
      }),
      tx.qualityPolicy.findMany({
        where: { status: "DIAJUKAN", submittedAt: { lte: before }, agencyId: units },
        select: { id: true, versionNo: true, submittedAt: true, agencyId: true, agency: { select: { path: true, shortName: true, name: true } } },
      }),
    ]);
    const waiting = [
      ...objectives.map((o) => ({ unitId: o.unitId, path: o.unit.path, at: o.submittedAt, permission: "objective.approve" as const,
        entity: { type: "objective", id: o.id }, href: `/objectives/${o.id}`, name: `Sasaran mutu ${o.code} ${o.unit.shortName ?? o.unit.name}` })),
      ...revisions.map((r) => ({ unitId: r.objective.unitId, path: r.objective.unit.path, at: r.submittedAt, permission: "objective.approve" as const,
        entity: { type: "objective", id: r.objective.id }, href: `/objectives/${r.objective.id}`, name: `Revisi ${r.revisionNo} sasaran mutu ${r.objective.code} ${r.objective.unit.shortName ?? r.objective.unit.name}` })),
      ...policies.map((p) => ({ unitId: p.agencyId, path: p.agency.path, at: p.submittedAt, permission: "policy.approve" as const,
        entity: { type: "quality_policy", id: p.id }, href: `/objectives/policy/${p.id}`, name: `Kebijakan mutu versi ${p.versionNo} ${p.agency.shortName ?? p.agency.name}` })),
    ];
    let written = 0;
    for (const w of waiting) {
      const submittedAt = w.at as Date;
      const days = daysWaiting(localDate(submittedAt, "UTC"), todays.get(w.unitId) as Date);
      written += await notify(tx, {
        event: "approval_waiting", entity: w.entity, href: w.href,
        recipientIds: await holdersOfPermission(tx, w.permission, w.path),
        // One reminder per submission: a resubmission after a return reminds again.
        dedupeKey: `approval-waiting:${w.entity.type}:${w.entity.id}:${submittedAt.toISOString()}`,
        title: `${w.name} menunggu persetujuan Anda sejak ${days} hari`,
        body: `Diajukan ${formatDate(submittedAt)}.`,
      });
    }
    return written;
  },
};
