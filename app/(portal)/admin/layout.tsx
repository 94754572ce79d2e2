import type { ReactNode } from "react";
import { AdminNav } from "@/components/org/admin-nav";
import { requirePermission } from "@/lib/auth/session";

/** Every /admin page: administrators only (others get the 403 page), with the area's tabs. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePermission("admin.access");
  return (
    <div className="stack-lg">
      <AdminNav />
      {children}
    </div>
  );
}
