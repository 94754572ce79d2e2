import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Peminjaman Arsip" };

export default async function Page() {
  await requirePermission("archive.loan.request");
  return <ModulePending title="Peminjaman Arsip" clause="ISO 9001:2015 klausul 7.5" description="Sedang dibangun." />;
}
