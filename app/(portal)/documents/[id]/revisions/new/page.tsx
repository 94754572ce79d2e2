import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionForm } from "@/components/documents/revision-form";
import { Alert, Card, LinkButton, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { getDocument } from "@/lib/documents/data";

export const metadata: Metadata = { title: "Revisi Dokumen" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewRevisionPage({ params, searchParams }: Props) {
  const user = await requirePermission("document.manage");
  const doc = await getDocument(user, (await params).id);
  if (!doc || !doc.allowed.edit) notFound();
  // A periodic review's "perlu revisi" links here with its note as the reason for the change.
  const { reason } = await searchParams;
  const reviewReason = typeof reason === "string" ? reason.trim().slice(0, 1000) : "";
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
        {doc.sopId && !doc.pending ? (
          <Alert tone="info" title="Revisi SOP AP disusun di katalog SOP">
            <LinkButton href={`/sops/${encodeURIComponent(doc.sopId)}/edit`} variant="secondary">
              Ubah SOP
            </LinkButton>
          </Alert>
        ) : doc.pending ? (
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
            defaults={{ changeReason: doc.currentRevisionNo === null ? "Penerbitan pertama" : reviewReason, changedParts: "", effectiveDate: "", text: "" }}
            currentFile={null}
            requester={user.name}
            cancelHref={base}
          />
        )}
      </Card>
    </div>
  );
}
