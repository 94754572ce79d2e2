import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Tindakan Perbaikan" };

export default async function Page() {
  await requirePermission("corrective_action.read");
  return (
    <ModulePending
      title="Tindakan Perbaikan"
      clause="ISO 9001:2015 klausul 10.2"
      description="Koreksi, analisis akar masalah, tindakan perbaikan, bukti, dan verifikasi efektivitas oleh auditor."
    />
  );
}
