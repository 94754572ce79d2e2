import type { Metadata } from "next";
import { AuditForm } from "@/components/audits/audit-form";
import { EmptyState, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { auditFormOptions } from "@/lib/audits/options-data";
import { copiedPlanDefaults } from "@/lib/audits/plan-defaults";
import { loadAudit } from "../[id]/load";

export const metadata: Metadata = { title: "Rencana audit baru" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewAuditPage({ searchParams }: Props) {
  const user = await requirePermission("audit.manage");
  const params = await searchParams;
  // "Salin sebagai rencana baru": a plan the user may read and manage, one year on.
  const source = typeof params.from === "string" ? await loadAudit(params.from) : null;
  const copyFrom = source?.allowed.copy ? source : null;
  const options = await auditFormOptions(user, copyFrom?.agency.id ?? (typeof params.agencyId === "string" ? params.agencyId : null));
  const agencyId = options.units[0]?.id;
  return (
    <div className="stack-lg">
      <PageHeader
        title="Rencana audit baru"
        description={
          copyFrom
            ? `Disalin dari ${copyFrom.number} (tanggal digeser satu tahun). Periksa tim dan lingkup, lalu simpan; jadwal, daftar periksa dan hasilnya tidak ikut disalin.`
            : "Tetapkan tujuan, lingkup, kriteria, tanggal dan tim. Jadwal disusun setelah rencana disimpan; rencana diterbitkan kepada tim dan auditi."
        }
        breadcrumbs={[{ href: "/audits", label: "Audit Internal" }, { label: "Rencana baru" }]}
      />
      {!agencyId ? (
        <EmptyState title="Tidak ada Perangkat Daerah yang dapat Anda audit" description="Rencana audit disusun oleh manajer mutu Perangkat Daerah." />
      ) : (
        <AuditForm
          defaults={copyFrom ? copiedPlanDefaults(copyFrom) : { agencyId, type: "INTERNAL", title: "", objectives: "", criteria: "SNI ISO 9001:2015 dan SOP AP yang berlaku", clauses: [], startDate: "", endDate: "", place: "", units: [], sopIds: [], team: [] }}
          options={options}
          cancelHref="/audits"
        />
      )}
    </div>
  );
}
