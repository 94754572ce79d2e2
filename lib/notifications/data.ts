import "server-only";
// Reads of notifications: a user's own notifications (nobody reads another's), their e-mail
// preference, and the outbox for administrators within their scope (by the recipient's unit).
import { authorize } from "../auth/permissions";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { paginate, type Page } from "../utils/paginate";
import { NOTIFICATION_EVENTS, NOTIFICATIONS_PAGE_SIZE, OUTBOX_PAGE_SIZE, type Delivery, type NotificationEvent, type OutboxStatus } from "./constants";
import { DEFAULT_PREFERENCE } from "./rules";
import type { NotificationListQuery, OutboxQuery } from "./schema";
import type { NotificationView, OutboxRow, PreferenceView } from "./types";

export async function unreadCount(user: SessionUser): Promise<number> {
  const db = await getDb();
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

export async function listNotifications(user: SessionUser, query: NotificationListQuery): Promise<Page<NotificationView>> {
  const db = await getDb();
  const where: Prisma.NotificationWhereInput = { userId: user.id, ...(query.filter === "unread" ? { readAt: null } : {}) };
  return paginate(
    query.page,
    NOTIFICATIONS_PAGE_SIZE,
    () => db.notification.count({ where }),
    async (skip, take) => {
      const rows = await db.notification.findMany({
        where, skip, take, orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, event: true, title: true, body: true, href: true, createdAt: true, readAt: true },
      });
      return rows.map((n) => {
        const event = n.event as NotificationEvent;
        return {
          id: n.id, event, eventLabel: NOTIFICATION_EVENTS[event]?.label ?? "Notifikasi", title: n.title, body: n.body,
          href: n.href, createdAt: n.createdAt, read: n.readAt !== null,
        };
      });
    },
  );
}

export async function getPreference(user: SessionUser): Promise<PreferenceView> {
  const db = await getDb();
  const row = await db.notificationPreference.findUnique({ where: { userId: user.id }, select: { emailEnabled: true, delivery: true } });
  const p = row ? { emailEnabled: row.emailEnabled, delivery: row.delivery as Delivery } : DEFAULT_PREFERENCE;
  return { ...p, hasEmail: Boolean(user.email) };
}

/** Messages to recipients whose home unit is in the reader's scope (a portal-wide admin: all). */
function outboxWhere(user: SessionUser, query: OutboxQuery): Prisma.MailOutboxWhereInput {
  const scope = unitScope(user, "notification.outbox.read");
  return {
    ...(scope.kind === "all" ? {} : { user: { unit: unitPathWhere(scope) } }),
    ...(query.status ? { status: query.status } : {}),
  };
}

export async function listOutbox(user: SessionUser, query: OutboxQuery): Promise<Page<OutboxRow> & { counts: Partial<Record<OutboxStatus, number>> }> {
  authorize(user, "notification.outbox.read");
  const db = await getDb();
  const where = outboxWhere(user, query);
  const page = await paginate(
    query.page,
    OUTBOX_PAGE_SIZE,
    () => db.mailOutbox.count({ where }),
    async (skip, take) => {
      const rows = await db.mailOutbox.findMany({
        where, skip, take, orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true, toAddress: true, subject: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, sentAt: true, createdAt: true,
          user: { select: { name: true } },
        },
      });
      return rows.map(({ user: recipient, status, ...r }) => ({ ...r, status: status as OutboxStatus, recipientName: recipient?.name ?? null }));
    },
  );
  const grouped = await db.mailOutbox.groupBy({ by: ["status"], where: outboxWhere(user, { page: 1 }), _count: { _all: true } });
  const counts = Object.fromEntries(grouped.map((g) => [g.status, g._count._all])) as Partial<Record<OutboxStatus, number>>;
  return { ...page, counts };
}
