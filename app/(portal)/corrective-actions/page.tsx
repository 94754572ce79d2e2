import type { Metadata } from "next";
import { LinkButton, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { CaRegister } from "./register";

export const metadata: Metadata = { title: "Tindakan Perbaikan" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CorrectiveActionsPage({ searchParams }: Props) {
  const user = await requirePermission("corrective_action.read");
  return (
    <div className="stack-lg">
      <PageHeader
        title="Tindakan Perbaikan"
        description="Koreksi, analisis akar masalah, tindakan perbaikan, bukti pelaksanaan dan verifikasi efektivitas setiap temuan KTS (ISO 9001:2015 klausul 10.2)."
        actions={
          <>
            <LinkButton href="/corrective-actions/overdue" variant="secondary">
              Terlambat
            </LinkButton>
            {can(user, "corrective_action.settings") && (
              <LinkButton href="/corrective-actions/settings" variant="secondary">
                Pengaturan
              </LinkButton>
            )}
          </>
        }
      />
      <CaRegister user={user} params={await searchParams} basePath="/corrective-actions" overdueOnly={false} />
    </div>
  );
}
