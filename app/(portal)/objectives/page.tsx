import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sasaran Mutu" };

export default async function Page() {
  await requirePermission("objective.read");
  return (
    <ModulePending
      title="Sasaran Mutu"
      clause="ISO 9001:2015 klausul 6.2"
      description="Kebijakan mutu, sasaran mutu per unit dan tahun, pengukuran berkala, dan grafik ketercapaian."
    />
  );
}
