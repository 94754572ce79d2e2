"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, useToast } from "@/components/ui";
import { markAllReadAction, markReadAction } from "@/lib/notifications/actions";
import type { NotificationView } from "@/lib/notifications/types";
import { formatDateTime } from "@/lib/utils/format";
import styles from "./notifications.module.css";

export type NotificationListProps = { notifications: NotificationView[] };

/**
 * The notifications of one page. Opening one marks it read and goes to its record (a plain link
 * still leads there if the marking fails); each unread one can be marked read where it stands.
 */
export function NotificationList({ notifications }: NotificationListProps) {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  const [opening, setOpening] = useState<string | null>(null);

  const mark = (ids: string[]) =>
    startTransition(async () => {
      const result = await markReadAction({ ids }).catch(() => null);
      if (!result?.ok) toast.error(result?.message ?? "Server sedang bermasalah; coba lagi.");
      router.refresh();
    });

  return (
    <ul className={styles.list} aria-label="Daftar notifikasi">
      {notifications.map((n) => (
        <li key={n.id} className={`${styles.item} ${n.read ? "" : styles.unread}`}>
          <span className={styles.dot} aria-hidden="true" />
          <div className={styles.itemMain}>
            <Link
              href={n.href}
              className={styles.itemTitle}
              aria-busy={opening === n.id || undefined}
              onClick={(event) => {
                if (n.read || event.metaKey || event.ctrlKey || event.shiftKey) return;
                event.preventDefault();
                setOpening(n.id);
                void markReadAction({ ids: [n.id] })
                  .catch(() => null)
                  .finally(() => router.push(n.href));
              }}
            >
              {n.title}
            </Link>
            {!n.read && <span className="visually-hidden"> (belum dibaca)</span>}
            {n.body && <div className="text-sm">{n.body}</div>}
            <div className={styles.itemMeta}>
              {n.eventLabel} · {formatDateTime(n.createdAt)}
            </div>
          </div>
          {!n.read && (
            <Button type="button" variant="ghost" size="sm" disabled={pending} onClick={() => mark([n.id])} aria-label={`Tandai dibaca: ${n.title}`}>
              Tandai dibaca
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "Tandai semua sudah dibaca". */
export function MarkAllReadButton({ disabled }: { disabled: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant="secondary"
      size="sm"
      disabled={disabled || pending}
      loading={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await markAllReadAction({}).catch(() => null);
          if (result?.ok) toast.success(result.data.count === 0 ? "Tidak ada yang belum dibaca." : `${result.data.count} notifikasi ditandai sudah dibaca.`);
          else toast.error(result?.message ?? "Server sedang bermasalah; coba lagi.");
          router.refresh();
        })
      }
    >
      Tandai semua sudah dibaca
    </Button>
  );
}
