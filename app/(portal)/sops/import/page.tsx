import type { Metadata } from "next";
import { SopImportForm } from "@/components/sops/sop-import-form";
import { Card, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { listImportTargets } from "@/lib/sops/import-targets-data";

export const metadata: Metadata = { title: "Impor SOP AP" };

export default async function SopImportPage() {
  const user = await requirePermission("sop.manage");
  const targets = await listImportTargets(user);

  return (
    <div className="stack-lg">
      <PageHeader
        title="Impor SOP AP"
        description="Unggah dokumen SOP AP (format PermenPANRB 35/2012). SOP yang sudah ada di unit yang sama dengan nomor dan nama yang sama dicatat sebagai revisi baru; yang isinya tidak berubah dibiarkan."
        breadcrumbs={[{ href: "/sops", label: "Katalog SOP AP" }, { label: "Impor" }]}
      />
      <Card>
        <SopImportForm targets={targets.map((t) => ({ value: t.id, label: t.label }))} />
      </Card>
    </div>
  );
}
