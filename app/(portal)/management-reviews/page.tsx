import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Tinjauan Manajemen" };

export default async function Page() {
  await requirePermission("management_review.read");
  return (
    <ModulePending
      title="Tinjauan Manajemen"
      clause="ISO 9001:2015 klausul 9.3"
      description="Rapat tinjauan manajemen dengan seluruh masukan 9.3.2 dari data terkini, notulen, rencana tindak lanjut dan pengesahan."
    />
  );
}
