import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit Internal" };

export default async function Page() {
  await requirePermission("audit.read");
  return (
    <ModulePending
      title="Audit Internal"
      clause="ISO 9001:2015 klausul 9.2"
      description="Program audit tahunan, rencana audit, daftar periksa, rapat pembukaan dan penutupan, serta laporan audit."
    />
  );
}
