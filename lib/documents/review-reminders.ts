// The scheduled reminder of periodic reviews (lib/jobs, job `document-review-reminders`): a document
// in force whose review date is within REVIEW_DUE_WINDOW_DAYS is announced once to its keepers
// (PENGENDALI_DOKUMEN and MANAJER_MUTU over its unit), and once more when the date has passed.
// Idempotent through the dedupeKey (per document and review date: a new date reminds again),
// counted on the agency's calendar, quiet on weekends.
import { env } from "../env";
import { inScope, type Job } from "../jobs/types";
import { notify } from "../notifications/notify";
import { holdersOfRolesAt } from "../notifications/recipients";
import { agencyTimeZones } from "../org/agency";
import { isoDate, isWorkday, localDate } from "../org/time-zones";
import { formatCalendarDate } from "../utils/format";
import { reviewDueLimit, reviewDueState } from "./review-rules";

export const documentReviewReminderJob: Job = {
  name: "document-review-reminders",
  description: "Mengingatkan pengendali dokumen dan manajer mutu atas dokumen yang jatuh tempo kaji ulang dalam 30 hari atau sudah terlambat.",
  hour: () => env().REMINDER_HOUR,
  async run(tx, now, scope) {
    const zones = await agencyTimeZones(tx);
    // The widest limit of any zone (a day ahead covers the zone furthest east); each document is judged on its own calendar below.
    const docs = await tx.controlledDocument.findMany({
      where: { status: "AKTIF", revisions: { some: { status: "BERLAKU" } }, nextReviewAt: { not: null, lte: reviewDueLimit(new Date(now.getTime() + 86_400_000)) } },
      select: { id: true, code: true, title: true, agencyId: true, nextReviewAt: true, unit: { select: { path: true } } },
      orderBy: { nextReviewAt: "asc" },
    });
    let written = 0;
    for (const doc of docs) {
      const zone = zones.get(doc.agencyId);
      if (!zone || !inScope(scope, zone)) continue;
      const today = localDate(now, zone);
      if (!isWorkday(today)) continue;
      const due = doc.nextReviewAt as Date;
      const state = reviewDueState(due, today);
      if (state === "later") continue;
      const when = formatCalendarDate(due);
      written += await notify(tx, {
        event: "document_review_due", entity: { type: "document", id: doc.id }, href: `/documents/${doc.id}`,
        recipientIds: await holdersOfRolesAt(tx, ["PENGENDALI_DOKUMEN", "MANAJER_MUTU"], doc.unit.path),
        dedupeKey: `document-review-${state}:${doc.id}:${isoDate(due)}`,
        title: state === "overdue" ? `Kaji ulang ${doc.code} terlambat (jatuh tempo ${when})` : `Kaji ulang ${doc.code} jatuh tempo ${when}`,
        body: `${doc.title}. Catat hasil kaji ulang: masih sesuai, perlu revisi, atau ditarik.`,
      });
    }
    return written;
  },
};
