import type { Metadata } from "next";
import { DocumentForm } from "@/components/documents/document-form";
import { newDocumentDefaults } from "@/components/documents/document-form-defaults";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { documentFormOptions } from "@/lib/documents/data";
import { unitTreeOptions } from "@/lib/org/unit-tree-options";

export const metadata: Metadata = { title: "Daftarkan Dokumen" };

export default async function NewDocumentPage() {
  const user = await requirePermission("document.manage");
  const { units } = await documentFormOptions(user);
  const home = units.find((u) => u.id === user.unitId)?.id ?? units[0]?.id ?? "";
  return (
    <div className="stack-lg">
      <PageHeader
        title="Daftarkan dokumen"
        description="Identitas dokumen terkendali; berkas dan isinya diunggah sebagai revisi sesudahnya."
        breadcrumbs={[{ href: "/documents", label: "Pengendalian Dokumen" }, { label: "Daftarkan dokumen" }]}
      />
      <Card>
        {units.length === 0 ? (
          <EmptyState title="Tidak ada unit dalam cakupan Anda" />
        ) : (
          <DocumentForm defaults={newDocumentDefaults(home)} units={unitTreeOptions(units)} cancelHref="/documents" />
        )}
      </Card>
    </div>
  );
}
