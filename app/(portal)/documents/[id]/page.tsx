// PLACEHOLDER of the circulation branch: the register's detail page replaces this file at the merge
// (take the register's version, and drop lib/documents/distribution-page-data.ts). It only renders
// the two sections this branch owns, so the distribution, wajib-baca and review flows can be used
// and tested before the merge.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentDistributionSection } from "@/components/documents/distribution/section";
import { DocumentReviewSection } from "@/components/documents/review/section";
import { PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { REVISION_STATUS_LABELS } from "@/lib/documents/constants";
import { circulationDocumentHeader } from "@/lib/documents/distribution-page-data";

export const metadata: Metadata = { title: "Dokumen Terkendali" };

type Props = { params: Promise<{ id: string }> };

export default async function Page({ params }: Props) {
  const user = await requirePermission("document.read");
  const doc = await circulationDocumentHeader(user, (await params).id);
  if (!doc) notFound();
  return (
    <div className="stack-lg">
      <PageHeader
        title={`${doc.code} · ${doc.title}`}
        description={doc.inForce ? `Revisi ${doc.inForce.revisionNo}: ${REVISION_STATUS_LABELS[doc.inForce.status]}` : "Tidak ada revisi yang berlaku."}
        breadcrumbs={[{ href: "/documents", label: "Pengendalian Dokumen" }, { label: doc.code }]}
      />
      <DocumentDistributionSection documentId={doc.id} user={user} />
      <DocumentReviewSection documentId={doc.id} user={user} />
    </div>
  );
}
