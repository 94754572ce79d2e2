import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DestructionProposalForm } from "@/components/documents/retention/destruction-proposal-form";
import { DestructionWorkflow } from "@/components/documents/retention/destruction-workflow";
import { ExecuteDestructionForm } from "@/components/documents/retention/execute-form";
import { Alert, Badge, Card, DescriptionList, LinkButton, PageHeader, RegisterTable } from "@/components/ui";
import { requireUser } from "@/lib/auth/session";
import { DESTRUCTION_STATUS_LABELS, DOCUMENT_STATUS_LABELS, DOCUMENT_TYPE_LABELS } from "@/lib/documents/constants";
import { destructionCandidates, getDestruction } from "@/lib/documents/destruction-data";
import { methodLabel } from "@/lib/documents/destruction-rules";
import { retentionToday } from "@/lib/documents/retention-data";
import { isoDate } from "@/lib/org/time-zones";
import { formatCalendarDate, formatDateTime } from "@/lib/utils/format";

export const metadata: Metadata = { title: "Berita Acara Pemusnahan" };

type Props = { params: Promise<{ id: string }> };

export default async function DestructionPage({ params }: Props) {
  const user = await requireUser();
  const ba = await getDestruction(user, (await params).id);
  if (!ba) notFound();
  const today = retentionToday();
  const candidates = ba.mayEdit ? await destructionCandidates(user, ba, today) : [];
  const href = `/documents/retention/destructions/${encodeURIComponent(ba.id)}`;
  return (
    <div className="stack-lg">
      <PageHeader
        title={`Berita Acara Pemusnahan ${ba.number}`}
        breadcrumbs={[{ href: "/documents/retention?tab=berita-acara", label: "Retensi dan Pemusnahan" }, { label: ba.number }]}
        description={ba.agency.name}
        actions={
          <>
            <DestructionWorkflow record={ba} transitions={ba.transitions} />
            <LinkButton href={`${href}/pdf`} variant="secondary" prefetch={false}>Unduh PDF</LinkButton>
          </>
        }
      />
      {ba.status === "DIKEMBALIKAN" && ba.returnNote && <Alert tone="warning" title="Dikembalikan pimpinan">{ba.returnNote}</Alert>}
      <Card title="Berita acara">
        <DescriptionList
          items={[
            { term: "Status", description: <Badge tone={ba.status === "DILAKSANAKAN" ? "success" : ba.status === "DIAJUKAN" ? "warning" : "neutral"}>{DESTRUCTION_STATUS_LABELS[ba.status]}</Badge> },
            { term: "Diusulkan", description: `${ba.createdBy ?? "-"}, ${formatDateTime(ba.createdAt)}` },
            { term: "Diajukan", description: ba.submittedAt ? `${ba.submittedBy ?? "-"}, ${formatDateTime(ba.submittedAt)}` : "-" },
            { term: "Disetujui", description: ba.approvedAt ? `${ba.approvedBy ?? "-"}, ${formatDateTime(ba.approvedAt)}` : "-" },
            { term: "Catatan usulan", description: ba.note ?? "-" },
            ...(ba.status === "DILAKSANAKAN"
              ? [
                  { term: "Tanggal pemusnahan", description: formatCalendarDate(ba.destroyedOn) },
                  { term: "Cara", description: methodLabel(ba.method) },
                  { term: "Tempat", description: ba.place ?? "-" },
                  { term: "Pelaksana", description: `${ba.executedBy ?? "-"}${ba.executedAt ? `, ${formatDateTime(ba.executedAt)}` : ""}` },
                  { term: "Saksi", description: <ul className="plain-list">{ba.witnesses.map((w, i) => <li key={i}>{`${w.name}${w.nip ? ` (NIP ${w.nip})` : ""}, ${w.position}`}</li>)}</ul> },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title={`Daftar dokumen (${ba.documents.length})`}>
        {ba.mayEdit ? (
          <DestructionProposalForm
            destruction={{ id: ba.id, version: ba.version, documentIds: ba.documents.map((d) => d.id) }}
            initialNote={ba.note ?? ""}
            rows={candidates.map((d) => ({
              id: d.id, code: d.code, title: d.title, unitName: d.unit.name, typeLabel: DOCUMENT_TYPE_LABELS[d.type],
              retentionEndsAt: formatCalendarDate(d.retentionEndsAt), agencyId: d.agencyId, takenBy: null,
            }))}
          />
        ) : (
          <RegisterTable
            caption="Dokumen dalam berita acara"
            rows={ba.documents}
            columns={[
              { header: "Kode", cell: (d) => <Link href={`/documents/${encodeURIComponent(d.id)}`}>{d.code}</Link>, nowrap: true },
              { header: "Judul", cell: (d) => d.title },
              { header: "Jenis", cell: (d) => DOCUMENT_TYPE_LABELS[d.type] },
              { header: "Unit pemilik", cell: (d) => d.unitName },
              { header: "Retensi berakhir", cell: (d) => formatCalendarDate(d.retentionEndsAt), nowrap: true },
              { header: "Revisi", cell: (d) => String(d.revisionCount) },
              { header: "Status", cell: (d) => DOCUMENT_STATUS_LABELS[d.status] },
            ]}
          />
        )}
      </Card>
      {ba.mayExecute && (
        <Card title="Laksanakan pemusnahan">
          <ExecuteDestructionForm id={ba.id} version={ba.version} today={isoDate(today)} documentCount={ba.documents.length} />
        </Card>
      )}
    </div>
  );
}
