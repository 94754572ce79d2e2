import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Temuan" };

export default async function Page() {
  await requirePermission("finding.read");
  return (
    <ModulePending
      title="Temuan"
      clause="ISO 9001:2015 klausul 9.2 dan 10.2"
      description="Temuan audit (KTS mayor, KTS minor, observasi) dengan persyaratan, bukti dan auditi."
    />
  );
}
