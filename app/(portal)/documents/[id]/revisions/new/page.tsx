import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionForm } from "@/components/documents/revision-form";
import { Alert, Card, LinkButton, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { getDocument } from "@/lib/documents/data";

export const metadata: Metadata = { title: "Revisi Dokumen" };

export default async function NewRevisionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("document.manage");
  const doc = await getDocument(user, (await params).id);
  if (!doc || !doc.allowed.edit) notFound();
  const base = `/documents/${encodeURIComponent(doc.id)}`;
  const next = (doc.revisions[0]?.revisionNo ?? 0) + 1;
  return (
    <div className="stack-lg">
      <PageHeader
        title={`Revisi ${next} · ${doc.code}`}
        description="Formulir perubahan dokumen: alasan, bagian yang diubah dan isi revisi."
        breadcrumbs={[{ href: "/documents", label: "Pengendalian Dokumen" }, { href: base, label: doc.code }, { label: `Revisi ${next}` }]}
      />
      <Card>
        {doc.pending ? (
          <Alert tone="info" title={`Revisi ${doc.pending.revisionNo} masih dalam proses`}>
            <LinkButton href={`${base}/revisions/${doc.pending.revisionNo}`} variant="secondary">
              Buka revisi itu
            </LinkButton>
          </Alert>
        ) : (
          <RevisionForm
            documentId={doc.id}
            revisionNo={null}
            version={doc.version}
            defaults={{ changeReason: doc.currentRevisionNo === null ? "Penerbitan pertama" : "", changedParts: "", effectiveDate: "", text: "" }}
            currentFile={null}
            requester={user.name}
            cancelHref={base}
          />
        )}
      </Card>
    </div>
  );
}
