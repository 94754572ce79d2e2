import type { Metadata } from "next";
import Link from "next/link";
import { navigationFor } from "@/components/layout/navigation";
import { HomePolicyCard } from "@/components/objectives/home-policy-card";
import { Badge, Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import { getHomePolicy } from "@/lib/objectives/home-data";

export const metadata: Metadata = { title: "Dasbor" };

export default async function DashboardPage() {
  const user = await requirePermission("dashboard.read");
  const modules = navigationFor(user).filter((item) => item.href !== "/dashboard");
  const homePolicy = await getHomePolicy(user);
  return (
    <div className="stack-lg">
      <PageHeader title={`Selamat datang, ${user.name}`} description={user.unitName} />
      <HomePolicyCard
        home={homePolicy}
        mayManage={can(user, "policy.manage", { unitPath: homePolicy.agency.path })}
        mayRead={can(user, "objective.read")}
      />
      <Card title="Peran Anda">
        <ul className="stack-sm" aria-label="Peran dan cakupan">
          {user.grants.map((g) => (
            <li key={`${g.role}-${g.unitId ?? "all"}`} className="row">
              <Badge tone="info">{ROLE_LABELS[g.role]}</Badge>
              <span className="muted">{g.unitName ?? "Seluruh portal"}</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Modul">
        <ul className="grid-3" aria-label="Modul yang dapat Anda buka">
          {modules.map((m) => (
            <li key={m.href}>
              <Link href={m.href}>{m.label}</Link>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
