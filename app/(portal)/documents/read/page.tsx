import type { Metadata } from "next";
import Link from "next/link";
import { AcknowledgeReadingButton } from "@/components/documents/distribution/acknowledge-reading-button";
import { Badge, Card, EmptyState, FilterBar, FormField, PageHeader, Pagination, RegisterTable, Select, pageHref } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { myReadList, type ReadListRow } from "@/lib/documents/acknowledgment-data";
import { readListQuerySchema } from "@/lib/documents/acknowledgment-schema";
import { formatDate, formatDateTime } from "@/lib/utils/format";

export const metadata: Metadata = { title: "Dokumen Wajib Baca" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const columns = [
  { header: "Dokumen", cell: (r: ReadListRow) => <><Link href={`/documents/${encodeURIComponent(r.documentId)}`}>{r.code}</Link><br />{r.title}</> },
  { header: "Jenis", cell: (r: ReadListRow) => r.typeLabel },
  { header: "Revisi", cell: (r: ReadListRow) => r.revisionNo },
  { header: "Didistribusikan", nowrap: true, cell: (r: ReadListRow) => formatDate(r.distributedAt) },
  {
    header: "Status", cell: (r: ReadListRow) => r.acknowledgedAt
      ? <Badge tone="success">{`Sudah dibaca ${formatDateTime(r.acknowledgedAt)}`}</Badge>
      : <Badge tone="warning">Belum dibaca</Badge>,
  },
  {
    header: "Aksi", cell: (r: ReadListRow) => r.acknowledgedAt ? null : (
      <div className="row">
        <Link href={`/documents/${encodeURIComponent(r.documentId)}`}>Baca dokumen</Link>
        <AcknowledgeReadingButton size="sm" acknowledgmentId={r.id} documentLabel={`${r.code} ${r.title} revisi ${r.revisionNo}`} />
      </div>
    ),
  },
];

export default async function Page({ searchParams }: Props) {
  const user = await requirePermission("document.read");
  const params = await searchParams;
  const query = readListQuerySchema.parse(params);
  const list = await myReadList(user, query);
  return (
    <div className="stack-lg">
      <PageHeader
        title="Dokumen Wajib Baca"
        description="Dokumen terkendali yang didistribusikan kepada Anda atau unit Anda. Baca dokumennya, lalu konfirmasi &quot;Saya telah membaca dan memahami&quot;. Revisi yang sudah digantikan tidak perlu dikonfirmasi lagi."
      />
      <p>{list.unreadCount === 0 ? "Tidak ada dokumen yang menunggu konfirmasi Anda." : `${list.unreadCount} dokumen menunggu konfirmasi Anda.`}</p>
      <FilterBar resetHref="/documents/read">
        <FormField label="Status" htmlFor="filter-status">
          <Select id="filter-status" name="status" options={[{ value: "belum", label: "Belum dibaca" }, { value: "sudah", label: "Sudah dibaca" }]} placeholder="Semua" defaultValue={query.status ?? ""} />
        </FormField>
      </FilterBar>
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState title="Tidak ada dokumen wajib baca" description="Dokumen yang didistribusikan kepada Anda akan tampil di sini." />
        ) : (
          <div className="stack">
            <RegisterTable caption="Dokumen wajib baca saya" columns={columns} rows={list.rows} />
            <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref("/documents/read", params)} />
          </div>
        )}
      </Card>
    </div>
  );
}
