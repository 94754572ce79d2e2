import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionDetails } from "@/components/documents/revision-details";
import { RevisionForm } from "@/components/documents/revision-form";
import { Alert, Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getRevision } from "@/lib/documents/data";
import { isoDate } from "@/lib/org/time-zones";

export const metadata: Metadata = { title: "Revisi Dokumen" };

type Props = { params: Promise<{ id: string; revisionNo: string }> };

export default async function RevisionPage({ params }: Props) {
  const user = await requirePermission("document.read");
  const { id, revisionNo } = await params;
  const no = Number(revisionNo);
  const found = Number.isInteger(no) && no > 0 ? await getRevision(user, id, no) : null;
  if (!found) notFound();
  const { document: doc, revision } = found;
  const base = `/documents/${encodeURIComponent(doc.id)}`;
  const editable = ["DRAF", "DIKEMBALIKAN"].includes(revision.status) && doc.status === "AKTIF" && can(user, "document.manage", { unitPath: doc.unit.path });
  return (
    <div className="stack-lg">
      <PageHeader
        title={`Revisi ${revision.revisionNo} · ${doc.code}`}
        description={doc.title}
        breadcrumbs={[{ href: "/documents", label: "Pengendalian Dokumen" }, { href: base, label: doc.code }, { label: `Revisi ${revision.revisionNo}` }]}
      />
      {revision.returnNote && revision.status === "DIKEMBALIKAN" && (
        <Alert tone="warning" title="Dikembalikan untuk diperbaiki">
          {revision.returnNote}
        </Alert>
      )}
      <Card title={editable ? "Ubah draf revisi" : "Isi revisi"}>
        {editable ? (
          <RevisionForm
            documentId={doc.id}
            revisionNo={revision.revisionNo}
            version={revision.version}
            defaults={{
              changeReason: revision.changeReason, changedParts: revision.changedParts ?? "",
              effectiveDate: revision.effectiveDate ? isoDate(revision.effectiveDate) : "", text: revision.text ?? "",
            }}
            currentFile={revision.file?.name ?? null}
            requester={revision.requestedBy ?? user.name}
            cancelHref={base}
          />
        ) : (
          <RevisionDetails documentId={doc.id} revision={revision} />
        )}
      </Card>
    </div>
  );
}
