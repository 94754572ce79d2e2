import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { CaRegister } from "../register";

export const metadata: Metadata = { title: "Tindakan Perbaikan Terlambat" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OverdueCorrectiveActionsPage({ searchParams }: Props) {
  const user = await requirePermission("corrective_action.read");
  return (
    <div className="stack-lg">
      <PageHeader
        title="Tindakan Perbaikan Terlambat"
        description="Tindakan perbaikan yang belum selesai melewati tenggatnya, atau yang salah satu tindakannya melewati tenggat."
        breadcrumbs={[{ href: "/corrective-actions", label: "Tindakan Perbaikan" }, { label: "Terlambat" }]}
      />
      <CaRegister user={user} params={await searchParams} basePath="/corrective-actions/overdue" overdueOnly />
    </div>
  );
}
