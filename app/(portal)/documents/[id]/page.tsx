import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActivityHistory } from "@/components/activity/activity-history";
import { AccessBadge, DocumentStatusBadge, RevisionStatusBadge } from "@/components/documents/badges";
import { DocumentDistributionSection } from "@/components/documents/distribution/section";
import { DocumentRetentionSection } from "@/components/documents/retention/section";
import { DocumentReviewSection } from "@/components/documents/review/section";
import { RevisionDetails } from "@/components/documents/revision-details";
import { RevisionHistory } from "@/components/documents/revision-history";
import { RevisionWorkflow } from "@/components/documents/revision-workflow";
import styles from "@/components/documents/documents.module.css";
import { Alert, Card, DescriptionList, EmptyState, LinkButton, PageHeader } from "@/components/ui";
import { listRecordActivity } from "@/lib/activity/data";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requirePermission } from "@/lib/auth/session";
import { DOCUMENT_ACCESS_HINTS, DOCUMENT_TYPE_LABELS, FINAL_DISPOSITION_LABELS } from "@/lib/documents/constants";
import { getDocument } from "@/lib/documents/data";
import { documentHistoryOptions } from "@/lib/documents/history-format";
import { formatCalendarDate } from "@/lib/utils/format";

type Props = { params: Promise<{ id: string }> };

const loadDocument = cache(async (id: string) => {
  const user = await getCurrentUser();
  if (!user || !can(user, "document.read")) return null;
  return getDocument(user, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await loadDocument((await params).id);
  return { title: doc ? `${doc.code} ${doc.title}` : "Dokumen" };
}

export default async function DocumentPage({ params }: Props) {
  const user = await requirePermission("document.read");
  const doc = await loadDocument((await params).id);
  if (!doc) notFound();
  const base = `/documents/${encodeURIComponent(doc.id)}`;
  const history = doc.keeps && can(user, "activity.read", { unitPath: doc.unit.path }) ? await listRecordActivity(user, "document", doc.id, doc.unit.path) : null;
  const pending = doc.pending;

  return (
    <div className="stack-lg">
      <PageHeader
        title={`${doc.code} · ${doc.title}`}
        description={
          <span className={styles.badges}>
            <DocumentStatusBadge status={doc.status} />
            <AccessBadge access={doc.access} />
            <span>{`${DOCUMENT_TYPE_LABELS[doc.type]} · ${doc.unit.name}`}</span>
          </span>
        }
        breadcrumbs={[{ href: "/documents", label: "Pengendalian Dokumen" }, { label: doc.code }]}
        actions={
          <>
            {doc.sopId && (
              <LinkButton href={`/sops/${encodeURIComponent(doc.sopId)}`} variant="secondary">
                Lihat SOP
              </LinkButton>
            )}
            {doc.allowed.edit && (
              <LinkButton href={`${base}/edit`} variant="secondary">
                Ubah identitas
              </LinkButton>
            )}
            {doc.allowed.revise && <LinkButton href={`${base}/revisions/new`}>{doc.currentRevisionNo === null ? "Susun revisi pertama" : "Buat revisi"}</LinkButton>}
          </>
        }
      />

      <Card title="Identitas dokumen">
        <DescriptionList
          items={[
            { term: "Kode", description: doc.code },
            { term: "Jenis", description: DOCUMENT_TYPE_LABELS[doc.type] },
            { term: "Perangkat Daerah", description: doc.agency.name },
            { term: "Unit pemilik", description: doc.unit.name },
            { term: "Uraian", description: doc.description },
            { term: "Kelas akses", description: DOCUMENT_ACCESS_HINTS[doc.access] },
            { term: "Masa simpan", description: `Aktif ${doc.retentionActiveYears} tahun, inaktif ${doc.retentionInactiveYears} tahun, lalu ${FINAL_DISPOSITION_LABELS[doc.finalDisposition].toLowerCase()}` },
            { term: "Kaji ulang", description: `Setiap ${doc.reviewIntervalMonths} bulan${doc.nextReviewAt ? `; berikutnya ${formatCalendarDate(doc.nextReviewAt)}` : ""}` },
            { term: "Pertama berlaku", description: doc.firstEffectiveAt ? formatCalendarDate(doc.firstEffectiveAt) : null },
            ...(doc.retentionEndsAt ? [{ term: "Akhir masa simpan", description: formatCalendarDate(doc.retentionEndsAt) }] : []),
          ]}
        />
      </Card>

      <Card title={doc.inForce ? `Revisi yang berlaku (rev. ${doc.inForce.revisionNo})` : "Revisi yang berlaku"}>
        {doc.inForce ? (
          <RevisionDetails documentId={doc.id} revision={doc.inForce} />
        ) : (
          <EmptyState title="Belum ada revisi yang berlaku" description={pending ? "Revisi pertama sedang diproses." : undefined} />
        )}
      </Card>

      {pending && (
        <Card
          title={`Revisi ${pending.revisionNo} dalam proses`}
          actions={
            <span className={styles.badges}>
              {pending.editable && (
                <LinkButton href={`${base}/revisions/${pending.revisionNo}`} variant="secondary">
                  Ubah draf
                </LinkButton>
              )}
              <RevisionWorkflow revision={pending} />
            </span>
          }
        >
          <div className="stack">
            {pending.status === "DIKEMBALIKAN" && pending.returnNote && (
              <Alert tone="warning" title="Dikembalikan untuk diperbaiki">
                <p className={styles.note}>{pending.returnNote}</p>
              </Alert>
            )}
            {pending.status === "DISAHKAN" && (
              <Alert tone="info">
                {`Disahkan; mulai berlaku ${formatCalendarDate(pending.effectiveDate)}. Sampai saat itu revisi sebelumnya tetap berlaku.`}
              </Alert>
            )}
            <p className={styles.badges}>
              <RevisionStatusBadge status={pending.status} />
            </p>
            <RevisionDetails documentId={doc.id} revision={pending} />
          </div>
        </Card>
      )}

      {doc.keeps && (
        <Card title="Riwayat revisi">
          {doc.revisions.length === 0 ? <EmptyState title="Belum ada revisi" /> : <RevisionHistory documentId={doc.id} revisions={doc.revisions} />}
        </Card>
      )}

      <DocumentDistributionSection documentId={doc.id} user={user} />
      <DocumentReviewSection documentId={doc.id} user={user} />
      <DocumentRetentionSection documentId={doc.id} user={user} />

      {history && (
        <Card title="Riwayat perubahan">
          <ActivityHistory entries={history} labels={documentHistoryOptions({ [doc.unit.id]: doc.unit.name })} />
        </Card>
      )}
    </div>
  );
}
