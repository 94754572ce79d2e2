import Link from "next/link";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { navigationFor, roleLabelsOf } from "@/components/layout/navigation";
import { Alert } from "@/components/ui/alert";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { unreadCount } from "@/lib/notifications/data";

// Every portal page depends on the signed-in user and live data.
export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const unread = await unreadCount(user);
  return (
    <AppShell
      unreadNotifications={unread}
      user={{ name: user.name, unitName: user.unitName, roles: roleLabelsOf(user, ROLE_LABELS) }}
      nav={navigationFor(user)}
    >
      {user.mustChangePassword && (
        <Alert tone="warning" title="Ganti kata sandi Anda">
          Kata sandi Anda dibuat atau direset oleh administrator.{" "}
          <Link href="/account">Ganti sekarang</Link> agar hanya Anda yang mengetahuinya.
        </Alert>
      )}
      {children}
    </AppShell>
  );
}
