// Periodic review (kaji ulang): due date, history, the review form.
// Rendered by the document's detail page (app/(portal)/documents/[id]/page.tsx).
import { Badge, Card, DescriptionList, LinkButton, RegisterTable } from "@/components/ui";
import type { SessionUser } from "@/lib/auth/types";
import { REVIEW_OUTCOME_LABELS } from "@/lib/documents/constants";
import { reviewSection, type ReviewHistoryRow } from "@/lib/documents/review-data";
import { formatCalendarDate } from "@/lib/utils/format";
import { DocumentReviewForm } from "./review-form";

const DUE_BADGE = {
  overdue: <Badge tone="danger">Terlambat</Badge>,
  due: <Badge tone="warning">Jatuh tempo</Badge>,
  later: null,
} as const;

const historyColumns = [
  { header: "Tanggal", nowrap: true, cell: (r: ReviewHistoryRow) => formatCalendarDate(r.reviewedOn) },
  { header: "Revisi", cell: (r: ReviewHistoryRow) => (r.revisionNo ?? "–") },
  { header: "Hasil", cell: (r: ReviewHistoryRow) => REVIEW_OUTCOME_LABELS[r.outcome] },
  { header: "Catatan", cell: (r: ReviewHistoryRow) => r.note },
  { header: "Pengkaji", cell: (r: ReviewHistoryRow) => r.reviewer },
];

export async function DocumentReviewSection({ documentId, user }: { documentId: string; user: SessionUser }) {
  const data = await reviewSection(user, documentId);
  if (!data) return null;
  const mayReview = data.keeper && data.status === "AKTIF" && data.inForceRevisionNo !== null;
  return (
    <Card title="Kaji ulang dokumen">
      <div className="stack-lg">
        <DescriptionList
          items={[
            { term: "Interval kaji ulang", description: `${data.reviewIntervalMonths} bulan` },
            { term: "Kaji ulang terakhir", description: data.lastReviewedAt ? formatCalendarDate(data.lastReviewedAt) : "Belum pernah" },
            { term: "Kaji ulang berikutnya", description: data.nextReviewAt ? <>{formatCalendarDate(data.nextReviewAt)} {DUE_BADGE[data.dueState]}</> : "–" },
          ]}
        />
        {data.revisionHref && (
          <div className="stack-sm">
            <p>Kaji ulang terakhir meminta revisi. Dokumen tetap berlaku sampai revisi baru disahkan.</p>
            <div><LinkButton href={data.revisionHref} variant="secondary">Ajukan revisi dokumen</LinkButton></div>
          </div>
        )}
        {mayReview && <DocumentReviewForm documentId={data.documentId} version={data.version} />}
        {data.history.length > 0
          ? <RegisterTable caption="Riwayat kaji ulang" columns={historyColumns} rows={data.history} />
          : <p>Belum ada riwayat kaji ulang.</p>}
      </div>
    </Card>
  );
}
