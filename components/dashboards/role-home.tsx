// The home page at "/" (and at /dashboard, where sign-in lands): the sections of each role the
// user holds, then the kebijakan mutu that applies to them and their roles.
import { HomePolicyCard } from "@/components/objectives/home-policy-card";
import { Badge, Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import type { RoleHome as RoleHomeData } from "@/lib/dashboards/types";
import type { HomePolicy } from "@/lib/objectives/home-data";
import { HomeSections } from "./home-sections";

export function RoleHome({ user, home, homePolicy }: { user: SessionUser; home: RoleHomeData; homePolicy: HomePolicy }) {
  return (
    <div className="stack-lg">
      <PageHeader title={`Selamat datang, ${user.name}`} description={user.unitName} />
      <HomeSections home={home} provinceView={can(user, "dashboard.province.read")} />
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
    </div>
  );
}
