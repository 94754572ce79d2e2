// Retention schedule, destruction and hand-over of one document, and its archive loans.
// Rendered by the document's detail page (app/(portal)/documents/[id]/page.tsx).
import Link from "next/link";
import { Badge, Card, DescriptionList, LinkButton, RegisterTable } from "@/components/ui";
import type { SessionUser } from "@/lib/auth/types";
import { DESTRUCTION_STATUS_LABELS, FINAL_DISPOSITION_LABELS, LOAN_STATUS_LABELS } from "@/lib/documents/constants";
import { getRetentionSection } from "@/lib/documents/retention-data";
import { RETENTION_PHASE_LABELS, scheduleLabel } from "@/lib/documents/retention-rules";
import { formatCalendarDate, formatDate } from "@/lib/utils/format";

export async function DocumentRetentionSection({ documentId, user }: { documentId: string; user: SessionUser }) {
  const s = await getRetentionSection(user, documentId);
  if (!s) return null;
  const started = s.type === "REKAMAN" ? s.firstEffectiveAt ?? s.withdrawnAt : s.withdrawnAt;
  const destroyed = s.status === "DIMUSNAHKAN" && s.destruction;
  return (
    <Card title="Retensi dan peminjaman arsip">
      <div className="stack">
        {destroyed && s.destruction && (
          <p role="status">
            <Badge tone="danger">Dimusnahkan</Badge>{" "}
            {"Dokumen ini dimusnahkan berdasarkan Berita Acara Pemusnahan "}
            {s.destruction.readable ? (
              <Link href={`/documents/retention/destructions/${encodeURIComponent(s.destruction.id)}`}>{s.destruction.number}</Link>
            ) : (
              s.destruction.number
            )}
            {s.destruction.destroyedOn ? ` pada ${formatCalendarDate(s.destruction.destroyedOn)}` : ""}
            {". Isinya telah dihapus; data dokumen dan riwayatnya tetap tersimpan."}
          </p>
        )}
        {s.status === "DISERAHKAN" && (
          <p role="status">
            <Badge tone="info">Diserahkan</Badge>{" "}
            {`Arsip permanen ini diserahkan ke arsip provinsi${s.handedOverAt ? ` pada ${formatCalendarDate(s.handedOverAt)}` : ""}.`}
          </p>
        )}
        <DescriptionList
          items={[
            { term: "Jadwal retensi", description: scheduleLabel(s.activeYears, s.inactiveYears) },
            { term: "Keterangan akhir", description: FINAL_DISPOSITION_LABELS[s.finalDisposition] },
            {
              term: "Retensi mulai",
              description: started
                ? `${formatCalendarDate(started)} (${s.type === "REKAMAN" ? "rekaman: sejak pertama berlaku" : "sejak ditarik dari penggunaan"})`
                : "Belum berjalan (dokumen masih digunakan)",
            },
            { term: "Retensi berakhir", description: s.retentionEndsAt ? formatCalendarDate(s.retentionEndsAt) : "Belum berjalan" },
            { term: "Tahap", description: RETENTION_PHASE_LABELS[s.phase] },
            ...(s.destruction && !destroyed
              ? [{
                  term: "Usulan pemusnahan",
                  description: s.destruction.readable
                    ? <Link href={`/documents/retention/destructions/${encodeURIComponent(s.destruction.id)}`}>{`${s.destruction.number} (${DESTRUCTION_STATUS_LABELS[s.destruction.status]})`}</Link>
                    : `${s.destruction.number} (${DESTRUCTION_STATUS_LABELS[s.destruction.status]})`,
                }]
              : []),
          ]}
        />
        <div className="row-between">
          <h3>Peminjaman arsip fisik</h3>
          {s.mayRequestLoan && (
            <LinkButton href={`/documents/loans/new?documentId=${encodeURIComponent(s.documentId)}`} variant="secondary" size="sm">Ajukan peminjaman</LinkButton>
          )}
        </div>
        {s.loans.length === 0 ? (
          <p className="muted">{s.mayManageLoans ? "Arsip ini belum pernah dipinjam." : "Anda belum pernah meminjam arsip ini."}</p>
        ) : (
          <RegisterTable
            caption="Peminjaman arsip ini"
            rows={s.loans}
            columns={[
              { header: "Nomor agenda", cell: (l) => <Link href={`/documents/loans/${encodeURIComponent(l.id)}`}>{l.agendaNo}</Link>, nowrap: true },
              { header: "Peminjam", cell: (l) => l.borrowerName },
              { header: "Status", cell: (l) => LOAN_STATUS_LABELS[l.status as keyof typeof LOAN_STATUS_LABELS] ?? l.status },
              { header: "Keluar", cell: (l) => (l.outAt ? formatDate(l.outAt) : "-"), nowrap: true },
              { header: "Batas kembali", cell: (l) => (l.dueDate ? formatCalendarDate(l.dueDate) : "-"), nowrap: true },
              { header: "Kembali", cell: (l) => (l.returnedAt ? formatDate(l.returnedAt) : "-"), nowrap: true },
            ]}
          />
        )}
      </div>
    </Card>
  );
}
