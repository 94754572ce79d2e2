import type { Metadata } from "next";
import { SettingsForm } from "@/components/corrective-actions/settings-form";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { settingsForms } from "@/lib/corrective-actions/data";

export const metadata: Metadata = { title: "Pengaturan Tindakan Perbaikan" };

export default async function CaSettingsPage() {
  const user = await requirePermission("corrective_action.settings");
  const forms = await settingsForms(user);
  return (
    <div className="stack-lg">
      <PageHeader
        title="Pengaturan Tindakan Perbaikan"
        description="Tenggat penyelesaian dan masa tunggu sebelum verifikasi efektivitas, per kategori temuan. Berlaku untuk tindakan perbaikan yang dibuka sesudahnya."
        breadcrumbs={[{ href: "/corrective-actions", label: "Tindakan Perbaikan" }, { label: "Pengaturan" }]}
      />
      {forms.length === 0 && <EmptyState title="Tidak ada Perangkat Daerah" description="Anda tidak mengelola Perangkat Daerah mana pun." />}
      {forms.map(({ agency, settings }) => (
        <Card key={agency.id} title={agency.name}>
          <SettingsForm agency={agency} settings={settings} />
        </Card>
      ))}
    </div>
  );
}
