import "server-only";
// Writes of notifications: marking one's own notifications read (only one's own: another user's
// id changes nothing), the e-mail preference, and an administrator's "Kirim ulang" of a failed
// message. Marking read records no activity: it changes nothing anyone else relies on.
import { actorOf, recordActivity } from "../activity/record";
import { authorize, can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { notFound, ruleBroken } from "../errors";
import type { PreferenceFormValues } from "./schema";

export async function markRead(user: SessionUser, ids: string[], now = new Date()): Promise<number> {
  const db = await getDb();
  const { count } = await db.notification.updateMany({ where: { id: { in: ids }, userId: user.id, readAt: null }, data: { readAt: now } });
  return count;
}

export async function markAllRead(user: SessionUser, now = new Date()): Promise<number> {
  const db = await getDb();
  const { count } = await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: now } });
  return count;
}

export async function savePreference(user: SessionUser, values: PreferenceFormValues): Promise<void> {
  const db = await getDb();
  await db.notificationPreference.upsert({
    where: { userId: user.id },
    create: { userId: user.id, ...values },
    update: { ...values, version: { increment: 1 } },
  });
}

/** Puts a failed message back in the queue, to be tried at once (its last error is kept until sent). */
export async function resendMail(user: SessionUser, id: string, now = new Date()): Promise<void> {
  authorize(user, "notification.outbox.manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const mail = await tx.mailOutbox.findUnique({ where: { id }, select: { status: true, toAddress: true, subject: true, user: { select: { unit: { select: { path: true } } } } } });
    // Outside the administrator's scope it does not exist for them.
    if (!mail || !can(user, "notification.outbox.manage", { unitPath: mail.user?.unit.path ?? "/" })) throw notFound("Pesan");
    if (mail.status !== "FAILED") throw ruleBroken("Hanya pesan yang gagal yang dapat dikirim ulang.");
    const { count } = await tx.mailOutbox.updateMany({ where: { id, status: "FAILED" }, data: { status: "PENDING", attempts: 0, nextAttemptAt: now } });
    if (count === 0) throw ruleBroken("Hanya pesan yang gagal yang dapat dikirim ulang.");
    await recordActivity(tx, {
      actor: actorOf(user), entity: "mail", entityId: id, action: "resend",
      before: { status: "FAILED" }, after: { status: "PENDING", kepada: mail.toAddress, subjek: mail.subject },
    });
  });
}
