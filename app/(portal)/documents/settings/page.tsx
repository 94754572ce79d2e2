import type { Metadata } from "next";
import { SettingsForm } from "@/components/documents/settings-form";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { listDocumentSettings } from "@/lib/documents/settings-data";

export const metadata: Metadata = { title: "Pengaturan Dokumen" };

export default async function DocumentSettingsPage() {
  const user = await requirePermission("document.settings");
  const settings = await listDocumentSettings(user);
  return (
    <div className="stack-lg">
      <PageHeader
        title="Pengaturan dokumen"
        description="Pola kode dokumen per jenis dan pejabat pengesah yang didelegasikan, per Perangkat Daerah."
        breadcrumbs={[{ href: "/documents", label: "Pengendalian Dokumen" }, { label: "Pengaturan" }]}
      />
      {settings.length === 0 && (
        <Card>
          <EmptyState title="Tidak ada Perangkat Daerah dalam cakupan Anda" />
        </Card>
      )}
      {settings.map((s) => (
        <Card key={s.agency.id} title={s.agency.name}>
          <SettingsForm setting={s} />
        </Card>
      ))}
    </div>
  );
}
