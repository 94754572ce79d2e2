// The daily digest (a job, lib/jobs): for every user who chose "Ringkasan harian", one e-mail with
// the notifications collected since the last digest that are still unread. Idempotent: the
// collected notifications are marked in the same transaction, and the message carries the key
// "digest:<user>:<local date>", so a rerun or a second server queues nothing twice.
import { env } from "../env";
import { inScope, type Job } from "../jobs/types";
import { agencyTimeZones } from "../org/agency";
import { isoDate, localDate } from "../org/time-zones";
import { formatCalendarDate } from "../utils/format";
import { digestMail } from "./mail-text";
import { portalBaseUrl } from "./notify";

export const digestJob: Job = {
  name: "notification-digest",
  description: "Mengirim ringkasan harian notifikasi yang belum dibaca kepada pengguna yang memilih ringkasan harian.",
  hour: () => env().REMINDER_HOUR,
  async run(tx, now, scope) {
    const pending = await tx.notification.findMany({
      where: { mailState: "DIGEST", createdAt: { lte: now } },
      select: { id: true, title: true, body: true, href: true, readAt: true, user: { select: { id: true, name: true, email: true, unitId: true, active: true } } },
      orderBy: [{ userId: "asc" }, { createdAt: "asc" }],
    });
    if (pending.length === 0) return 0;
    const zones = await agencyTimeZones(tx);
    const byUser = new Map<string, typeof pending>();
    for (const n of pending) {
      if (!inScope(scope, zones.get(n.user.unitId) ?? "UTC")) continue;
      byUser.set(n.user.id, [...(byUser.get(n.user.id) ?? []), n]);
    }
    let queued = 0;
    for (const [userId, notices] of byUser) {
      const user = notices[0].user;
      const unread = notices.filter((n) => n.readAt === null);
      const today = localDate(now, zones.get(user.unitId) ?? "UTC");
      if (unread.length > 0 && user.email && user.active) {
        const mail = digestMail(portalBaseUrl(), user.name, formatCalendarDate(today), unread);
        const { count } = await tx.mailOutbox.createMany({
          data: [{ userId, toAddress: user.email, ...mail, dedupeKey: `digest:${userId}:${isoDate(today)}` }],
          skipDuplicates: true,
        });
        queued += count;
      }
      // Read ones were seen already: collected without an e-mail.
      await tx.notification.updateMany({ where: { id: { in: notices.map((n) => n.id) }, mailState: "DIGEST" }, data: { mailState: "DIGESTED" } });
    }
    return queued;
  },
};
