import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentForm } from "@/components/documents/document-form";
import { Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { documentFormOptions, getDocument } from "@/lib/documents/data";
import { unitTreeOptions } from "@/lib/org/unit-tree-options";

export const metadata: Metadata = { title: "Ubah Dokumen" };

export default async function EditDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("document.manage");
  const doc = await getDocument(user, (await params).id);
  if (!doc || !can(user, "document.manage", { unitPath: doc.unit.path })) notFound();
  const { units } = await documentFormOptions(user);
  const base = `/documents/${encodeURIComponent(doc.id)}`;
  return (
    <div className="stack-lg">
      <PageHeader
        title={`Ubah ${doc.code}`}
        breadcrumbs={[{ href: "/documents", label: "Pengendalian Dokumen" }, { href: base, label: doc.code }, { label: "Ubah" }]}
      />
      <Card>
        <DocumentForm
          document={{ id: doc.id, version: doc.version }}
          defaults={{
            unitId: doc.unit.id, type: doc.type, code: doc.code, title: doc.title, description: doc.description ?? "", access: doc.access,
            retentionActiveYears: doc.retentionActiveYears, retentionInactiveYears: doc.retentionInactiveYears,
            finalDisposition: doc.finalDisposition, reviewIntervalMonths: doc.reviewIntervalMonths,
          }}
          units={unitTreeOptions(units.filter((u) => u.path.startsWith(doc.agency.path)))}
          cancelHref={base}
        />
      </Card>
    </div>
  );
}
