// Distribution of the revision in force: copies, wajib-baca acknowledgments, withdrawal.
// Rendered by the document's detail page (app/(portal)/documents/[id]/page.tsx).
import { Badge, Card, EmptyState, RegisterTable } from "@/components/ui";
import type { SessionUser } from "@/lib/auth/types";
import { distributionSection, type CopyRow, type ReaderRow, type RevisionCirculation } from "@/lib/documents/distribution-data";
import { formatDate, formatDateTime } from "@/lib/utils/format";
import { AcknowledgeReadingButton } from "./acknowledge-reading-button";
import { DistributeForm } from "./distribute-form";
import { ReadReminderButton } from "./read-reminder-button";
import { WithdrawCopyButton } from "./withdraw-copy-button";

function ReaderList({ title, rows, read }: { title: string; rows: ReaderRow[]; read: boolean }) {
  return (
    <section className="stack-sm" aria-label={title}>
      <h4>{title} ({rows.length})</h4>
      {rows.length === 0 ? <p>Tidak ada.</p> : (
        <ul>
          {rows.map((r) => (
            <li key={r.id}>{r.name} <small>({r.unitName}){read && r.acknowledgedAt ? `, ${formatDateTime(r.acknowledgedAt)}` : ""}</small></li>
          ))}
        </ul>
      )}
    </section>
  );
}

function copyColumns(canWithdraw: boolean) {
  return [
    { header: "No. salinan", nowrap: true, cell: (c: CopyRow) => c.copyNo },
    { header: "Penerima", cell: (c: CopyRow) => <>{c.recipient} <small>({c.recipientKind === "unit" ? "unit" : "perorangan"})</small></> },
    { header: "Didistribusikan", nowrap: true, cell: (c: CopyRow) => <>{formatDate(c.distributedAt)}{c.distributedBy ? <><br /><small>{c.distributedBy}</small></> : null}</> },
    {
      header: "Status", cell: (c: CopyRow) => c.withdrawnAt
        ? <><Badge tone="neutral">Ditarik {formatDate(c.withdrawnAt)}</Badge>{c.withdrawNote ? <><br /><small>{c.withdrawNote}{c.withdrawnBy ? ` (${c.withdrawnBy})` : ""}</small></> : null}</>
        : <Badge tone="success">Beredar</Badge>,
    },
    ...(canWithdraw ? [{ header: "Aksi", cell: (c: CopyRow) => (c.withdrawnAt ? null : <WithdrawCopyButton copy={c} />) }] : []),
  ];
}

function RevisionBlock({ revision, documentId, active }: { revision: RevisionCirculation; documentId: string; active: boolean }) {
  const label = `Revisi ${revision.revisionNo}${revision.inForce ? " (berlaku)" : " (kadaluarsa)"}`;
  return (
    <section className="stack-sm" aria-label={label}>
      <div className="row-between">
        <h3>{label}</h3>
        {revision.inForce && active && revision.unread.length > 0 && <ReadReminderButton documentId={documentId} />}
      </div>
      {revision.copies.length > 0
        ? <RegisterTable caption={`Salinan terkendali revisi ${revision.revisionNo}`} columns={copyColumns(true)} rows={revision.copies} />
        : <p>Belum ada salinan terkendali.</p>}
      <p>Konfirmasi membaca: <strong>{revision.read.length} dari {revision.total}</strong> penerima.</p>
      <div className="grid-2">
        <ReaderList title="Sudah membaca" rows={revision.read} read />
        <ReaderList title="Belum membaca" rows={revision.unread} read={false} />
      </div>
    </section>
  );
}

export async function DocumentDistributionSection({ documentId, user }: { documentId: string; user: SessionUser }) {
  const data = await distributionSection(user, documentId);
  if (!data) return null;
  const label = `${data.code} ${data.title}${data.inForce ? ` revisi ${data.inForce.revisionNo}` : ""}`;
  const mine = data.myRow && data.inForce && data.active ? (
    data.myRow.acknowledgedAt
      ? <p>Anda telah mengonfirmasi membaca revisi {data.inForce.revisionNo} pada {formatDateTime(data.myRow.acknowledgedAt)}.</p>
      : (
        <div className="stack-sm">
          <p>Dokumen ini ada di daftar wajib baca Anda. Setelah membacanya, konfirmasikan di sini.</p>
          <div><AcknowledgeReadingButton acknowledgmentId={data.myRow.id} documentLabel={label} /></div>
        </div>
      )
  ) : null;
  if (!data.keeper) return mine ? <Card title="Wajib baca">{mine}</Card> : null;
  return (
    <Card title="Distribusi dan wajib baca">
      <div className="stack-lg">
        {mine}
        {data.active && data.inForce ? (
          <details>
            <summary>Distribusikan revisi {data.inForce.revisionNo}</summary>
            <DistributeForm documentId={data.documentId} revisionNo={data.inForce.revisionNo} unitOptions={data.unitOptions} userOptions={data.userOptions} />
          </details>
        ) : (
          <p>Distribusi hanya untuk revisi yang sedang berlaku.</p>
        )}
        {data.revisions.length === 0
          ? <EmptyState title="Belum didistribusikan" description="Salinan terkendali dan daftar wajib baca muncul di sini setelah didistribusikan." headingLevel={3} />
          : data.revisions.map((r) => <RevisionBlock key={r.revisionId} revision={r} documentId={data.documentId} active={data.active} />)}
      </div>
    </Card>
  );
}
