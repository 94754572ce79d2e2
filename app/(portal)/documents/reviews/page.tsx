import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, EmptyState, PageHeader, Pagination, RegisterFilters, RegisterTable, pageHref } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { REVIEW_DUE_WINDOW_DAYS } from "@/lib/documents/constants";
import { dueReviews, type DueReviewRow } from "@/lib/documents/review-data";
import { reviewDueQuerySchema } from "@/lib/documents/review-schema";
import { formatCalendarDate } from "@/lib/utils/format";

export const metadata: Metadata = { title: "Kaji Ulang Dokumen" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function dueLabel(row: DueReviewRow) {
  if (row.state === "overdue") return <Badge tone="danger">{`Terlambat ${-row.days} hari`}</Badge>;
  if (row.days === 0) return <Badge tone="warning">Hari ini</Badge>;
  return <Badge tone="warning">{`${row.days} hari lagi`}</Badge>;
}

const columns = [
  { header: "Kode", nowrap: true, cell: (r: DueReviewRow) => <Link href={`/documents/${encodeURIComponent(r.id)}`}>{r.code}</Link> },
  { header: "Judul", cell: (r: DueReviewRow) => r.title },
  { header: "Jenis", cell: (r: DueReviewRow) => r.typeLabel },
  { header: "Unit pemilik", cell: (r: DueReviewRow) => r.unitName },
  { header: "Revisi berlaku", cell: (r: DueReviewRow) => (r.revisionNo ?? "–") },
  { header: "Kaji ulang terakhir", nowrap: true, cell: (r: DueReviewRow) => (r.lastReviewedAt ? formatCalendarDate(r.lastReviewedAt) : "Belum pernah") },
  { header: "Jatuh tempo", nowrap: true, cell: (r: DueReviewRow) => <>{formatCalendarDate(r.nextReviewAt)} {dueLabel(r)}</> },
];

export default async function Page({ searchParams }: Props) {
  const user = await requirePermission("document.manage");
  const params = await searchParams;
  const query = reviewDueQuerySchema.parse(params);
  const list = await dueReviews(user, query);
  const filtered = Boolean(query.q || query.unitId);
  return (
    <div className="stack-lg">
      <PageHeader
        title="Kaji Ulang Dokumen"
        description={`Dokumen berlaku yang jatuh tempo kaji ulang dalam ${REVIEW_DUE_WINDOW_DAYS} hari atau sudah terlambat, yang terlambat lebih dulu (ISO 9001:2015 klausul 7.5.2). Catat hasilnya di halaman dokumen.`}
      />
      <RegisterFilters
        resetHref="/documents/reviews"
        search={{ value: query.q, placeholder: "Kode atau judul dokumen" }}
        agencies={{ options: [], value: undefined }}
        units={{ options: list.units, value: query.unitId }}
      >
        {null}
      </RegisterFilters>
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada dokumen yang cocok" : "Tidak ada dokumen yang jatuh tempo kaji ulang"}
            description={filtered ? "Ubah penyaring." : "Dokumen yang jatuh tempo kaji ulang akan tampil di sini."}
          />
        ) : (
          <div className="stack">
            <p className="muted"><strong>{`${list.total} dokumen`}</strong></p>
            <RegisterTable caption="Dokumen jatuh tempo kaji ulang" columns={columns} rows={list.rows} />
            <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref("/documents/reviews", params)} />
          </div>
        )}
      </Card>
    </div>
  );
}
