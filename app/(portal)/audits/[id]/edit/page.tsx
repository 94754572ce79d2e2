import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditForm } from "@/components/audits/audit-form";
import { Alert, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { auditFormOptions } from "@/lib/audits/options-data";
import { planDefaults } from "@/lib/audits/plan-defaults";
import { loadAudit } from "../load";

export const metadata: Metadata = { title: "Ubah rencana audit" };

type Props = { params: Promise<{ id: string }> };

export default async function EditAuditPage({ params }: Props) {
  const user = await requirePermission("audit.manage");
  const audit = await loadAudit((await params).id);
  if (!audit) notFound();
  const base = `/audits/${encodeURIComponent(audit.id)}`;
  const header = (
    <PageHeader title={`Ubah rencana ${audit.number}`} breadcrumbs={[{ href: "/audits", label: "Audit Internal" }, { href: base, label: audit.number }, { label: "Ubah" }]} />
  );
  if (!audit.allowed.edit) {
    return (
      <div className="stack-lg">
        {header}
        <Alert tone="warning">Rencana audit ini tidak dapat diubah lagi (sudah dilaksanakan, selesai atau dibatalkan) atau bukan wewenang Anda.</Alert>
      </div>
    );
  }
  const options = await auditFormOptions(user, audit.agency.id);
  return (
    <div className="stack-lg">
      {header}
      <AuditForm
        audit={{ id: audit.id, version: audit.version }}
        defaults={planDefaults(audit)}
        options={options}
        cancelHref={base}
      />
    </div>
  );
}
