import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Katalog SOP AP" };

export default async function Page() {
  await requirePermission("sop.read");
  return (
    <ModulePending
      title="Katalog SOP AP"
      clause="SOP Administrasi Pemerintahan (PermenPANRB 35/2012)"
      description="Katalog SOP AP setiap Perangkat Daerah, diimpor dari dokumen yang sudah ada, dengan tampilan format resmi dan diagram alir swimlane."
    />
  );
}
