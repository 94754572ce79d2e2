import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { ToastProvider } from "@/components/ui/toast";
import { SidebarNav, type NavItem } from "./sidebar-nav";
import { UserMenu } from "./user-menu";
import styles from "./app-shell.module.css";

export type { NavItem };

export type ShellUser = {
  name: string;
  unitName: string;
  /** Role labels already translated to Indonesian. */
  roles: string[];
};

export type AppShellProps = { user: ShellUser; nav: NavItem[]; unreadNotifications: number; children: ReactNode };

export function AppShell({ user, nav, unreadNotifications, children }: AppShellProps) {
  return (
    <ToastProvider>
      <a href="#konten" className={styles.skipLink}>
        Lewati ke konten
      </a>
      <div className={styles.shell}>
        <aside className={styles.sidebar}>
          <div className={styles.brand}>
            <p className={styles.appName}>Portal Mutu</p>
            <p className={styles.appSubtitle}>Sistem Manajemen Mutu ISO 9001:2015</p>
          </div>
          <SidebarNav items={nav} />
        </aside>
        <div className={styles.column}>
          <header className={styles.header}>
            <UserMenu name={user.name} unitName={user.unitName} />
            <div className={styles.headerEnd}>
              {user.roles.length > 0 && (
                <ul className={styles.roles} aria-label="Peran Anda">
                  {user.roles.map((role) => (
                    <li key={role}>
                      <Badge tone="info">{role}</Badge>
                    </li>
                  ))}
                </ul>
              )}
              <NotificationBell unread={unreadNotifications} />
            </div>
          </header>
          <main id="konten" tabIndex={-1} className={styles.main}>
            {children}
          </main>
        </div>
      </div>
    </ToastProvider>
  );
}
