import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadButton, NotificationList } from "@/components/notifications/notification-list";
import styles from "@/components/notifications/notifications.module.css";
import { PreferenceForm } from "@/components/notifications/preference-form";
import { Card, EmptyState, PageHeader, Pagination, pageHref } from "@/components/ui";
import { requireUser } from "@/lib/auth/session";
import { getPreference, listNotifications, unreadCount } from "@/lib/notifications/data";
import { notificationListQuerySchema } from "@/lib/notifications/schema";

export const metadata: Metadata = { title: "Notifikasi" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: Props) {
  const viewer = await requireUser();
  const params = await searchParams;
  const query = notificationListQuerySchema.parse(params);
  const [list, unread, preference] = await Promise.all([listNotifications(viewer, query), unreadCount(viewer), getPreference(viewer)]);
  const tabs = [
    { filter: "all", label: "Semua", href: "/notifications" },
    { filter: "unread", label: `Belum dibaca (${unread})`, href: "/notifications?filter=unread" },
  ] as const;

  return (
    <div className="stack-lg">
      <PageHeader title="Notifikasi" description="Pengajuan, keputusan dan pengingat batas waktu yang perlu Anda ketahui." />
      <Card>
        <div className="stack">
          <div className={styles.tabs}>
            <nav aria-label="Saring notifikasi" className={styles.tabLinks}>
              {tabs.map((tab) => (
                <Link key={tab.filter} href={tab.href} aria-current={query.filter === tab.filter ? "page" : undefined}>
                  {tab.label}
                </Link>
              ))}
            </nav>
            <MarkAllReadButton disabled={unread === 0} />
          </div>
          {list.rows.length === 0 ? (
            <EmptyState
              title={query.filter === "unread" ? "Tidak ada notifikasi yang belum dibaca" : "Belum ada notifikasi"}
              description="Notifikasi muncul saat sesuatu diajukan kepada Anda, diputuskan, atau mendekati batas waktu."
            />
          ) : (
            <NotificationList notifications={list.rows} />
          )}
          <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref("/notifications", params)} />
        </div>
      </Card>
      <Card title="E-mail notifikasi">
        <PreferenceForm preference={preference} />
      </Card>
    </div>
  );
}
