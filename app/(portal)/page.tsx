import type { Metadata } from "next";
import { RoleHome } from "@/components/dashboards/role-home";
import { requirePermission } from "@/lib/auth/session";
import { getRoleHome } from "@/lib/dashboards/home-data";
import { getHomePolicy } from "@/lib/objectives/home-data";

export const metadata: Metadata = { title: "Beranda" };

/** Every role lands on a home that fits it: what waits for them, then their figures. */
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PortalHome({ searchParams }: Props) {
  const user = await requirePermission("dashboard.read");
  const { unitId } = await searchParams;
  const [home, homePolicy] = await Promise.all([getRoleHome(user, new Date(), typeof unitId === "string" ? unitId : undefined), getHomePolicy(user)]);
  return <RoleHome user={user} home={home} homePolicy={homePolicy} />;
}
