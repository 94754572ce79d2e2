import type { Metadata } from "next";
import { AuditForm } from "@/components/audits/audit-form";
import { EmptyState, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { auditFormOptions } from "@/lib/audits/options-data";

export const metadata: Metadata = { title: "Rencana audit baru" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewAuditPage({ searchParams }: Props) {
  const user = await requirePermission("audit.manage");
  const params = await searchParams;
  const options = await auditFormOptions(user, typeof params.agencyId === "string" ? params.agencyId : null);
  const agencyId = options.units[0]?.id;
  return (
    <div className="stack-lg">
      <PageHeader
        title="Rencana audit baru"
        description="Tetapkan tujuan, lingkup, kriteria, tanggal dan tim. Jadwal disusun setelah rencana disimpan; rencana diterbitkan kepada tim dan auditi."
        breadcrumbs={[{ href: "/audits", label: "Audit Internal" }, { label: "Rencana baru" }]}
      />
      {!agencyId ? (
        <EmptyState title="Tidak ada Perangkat Daerah yang dapat Anda audit" description="Rencana audit disusun oleh manajer mutu Perangkat Daerah." />
      ) : (
        <AuditForm
          defaults={{ agencyId, type: "INTERNAL", title: "", objectives: "", criteria: "SNI ISO 9001:2015 dan SOP AP yang berlaku", clauses: [], startDate: "", endDate: "", place: "", units: [], sopIds: [], team: [] }}
          options={options}
          cancelHref="/audits"
        />
      )}
    </div>
  );
}
