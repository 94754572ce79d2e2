import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Kaji Ulang Dokumen" };

export default async function Page() {
  await requirePermission("document.manage");
  return <ModulePending title="Kaji Ulang Dokumen" clause="ISO 9001:2015 klausul 7.5" description="Sedang dibangun." />;
}
