import type { Metadata } from "next";
import { RoleHome } from "@/components/dashboards/role-home";
import { requirePermission } from "@/lib/auth/session";
import { getRoleHome } from "@/lib/dashboards/home-data";
import { getHomePolicy } from "@/lib/objectives/home-data";

export const metadata: Metadata = { title: "Dasbor" };

/** Where sign-in lands: the same role home as "/". */
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requirePermission("dashboard.read");
  const { unitId } = await searchParams;
  const [home, homePolicy] = await Promise.all([getRoleHome(user, new Date(), typeof unitId === "string" ? unitId : undefined), getHomePolicy(user)]);
  return <RoleHome user={user} home={home} homePolicy={homePolicy} />;
}
