import Link from "next/link";
import styles from "./notifications.module.css";

/** "Notifikasi, 3 belum dibaca": what a screen reader says of the bell. */
export function bellLabel(unread: number): string {
  return unread === 0 ? "Notifikasi, tidak ada yang belum dibaca" : `Notifikasi, ${unread} belum dibaca`;
}

/** The bell in the shell's header: the unread count, leading to the notification list. */
export function NotificationBell({ unread }: { unread: number }) {
  const shown = unread > 99 ? "99+" : String(unread);
  return (
    <Link href="/notifications" className={styles.bell} aria-label={bellLabel(unread)} data-unread={unread}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span className={styles.bellCount} aria-hidden="true">
          {shown}
        </span>
      )}
    </Link>
  );
}
