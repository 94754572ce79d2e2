// The one call every module makes to tell people something: inside the transaction of the change
// that causes it, so a rolled-back change tells nobody. Writes the in-app notifications and, per
// each recipient's preference, an outbox e-mail now or a mark for the daily digest.
// No "server-only": seeds, scripts and the job runner (tsx) call it too.
import { env } from "../env";
import type { Tx } from "../db";
import type { NotificationEvent } from "./constants";
import { noticeMail } from "./mail-text";
import { mailStateFor, type MailPreference } from "./rules";

export interface NotifyInput {
  event: NotificationEvent;
  recipientIds: string[];
  entity: { type: string; id: string };
  /** Where the notification leads, a path inside the portal ("/objectives/…"). */
  href: string;
  title: string;
  body?: string | null;
  /** Who caused it: never told of their own action. */
  actorId?: string | null;
  /** Unique per recipient: a reminder rerun with the same key writes nothing. */
  dedupeKey?: string;
}

/** The portal's public address, for links in e-mail. */
export function portalBaseUrl(): string {
  const e = env();
  return e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`;
}

/** Returns how many notifications were written (duplicates and dropped recipients not counted). */
export async function notify(tx: Tx, input: NotifyInput): Promise<number> {
  const ids = [...new Set(input.recipientIds)].filter((id) => id && id !== input.actorId);
  if (ids.length === 0) return 0;
  const users = await tx.user.findMany({
    where: { id: { in: ids }, active: true },
    select: { id: true, name: true, email: true, notificationPreference: { select: { emailEnabled: true, delivery: true } } },
  });
  if (users.length === 0) return 0;
  const created = await tx.notification.createManyAndReturn({
    data: users.map((u) => ({
      userId: u.id,
      event: input.event,
      entityType: input.entity.type,
      entityId: input.entity.id,
      href: input.href,
      title: input.title,
      body: input.body ?? null,
      actorId: input.actorId ?? null,
      dedupeKey: input.dedupeKey ?? null,
      mailState: mailStateFor(u.email, u.notificationPreference as MailPreference | null),
    })),
    skipDuplicates: true,
    select: { userId: true, mailState: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const mails = created.flatMap((n) => {
    const user = byId.get(n.userId);
    if (n.mailState !== "OUTBOX" || !user?.email) return [];
    const mail = noticeMail(portalBaseUrl(), user.name, { title: input.title, body: input.body ?? null, href: input.href });
    return [{ userId: user.id, toAddress: user.email, ...mail }];
  });
  if (mails.length > 0) await tx.mailOutbox.createMany({ data: mails });
  return created.length;
}
