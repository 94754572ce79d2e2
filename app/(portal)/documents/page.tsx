import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Pengendalian Dokumen" };

export default async function Page() {
  await requirePermission("document.read");
  return (
    <ModulePending
      title="Pengendalian Dokumen"
      clause="ISO 9001:2015 klausul 7.5"
      description="Dokumen terkendali dengan revisi, pengesahan, distribusi, peminjaman, masa simpan dan pemusnahan."
    />
  );
}
