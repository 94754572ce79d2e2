import type { Metadata } from "next";
import Link from "next/link";
import { ReviewStatusBadge } from "@/components/management-reviews/review-status-badge";
import { Card, EmptyState, FilterBar, FormField, LinkButton, PageHeader, Pagination, Select, Table, TBody, Td, Th, THead, Tr, pageHref } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { REVIEW_STATUSES, REVIEW_STATUS_LABELS } from "@/lib/management-reviews/constants";
import { listReviews } from "@/lib/management-reviews/data";
import { reviewListQuerySchema } from "@/lib/management-reviews/schema";
import { formatCalendarDate, formatDateTime } from "@/lib/utils/format";
import { formatNumber } from "@/lib/utils/number";

export const metadata: Metadata = { title: "Tinjauan Manajemen" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ManagementReviewsPage({ searchParams }: Props) {
  // Readers of the agency and the meetings' own people (participants read their meetings).
  const user = await requireUser();
  const params = await searchParams;
  const query = reviewListQuerySchema.parse(params);
  const list = await listReviews(user, query);
  const mayManage = can(user, "management_review.manage");
  const thisYear = new Date().getFullYear();
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) }));
  const filtered = Boolean(query.year || query.status);

  return (
    <div className="stack-lg">
      <PageHeader
        title="Tinjauan Manajemen"
        description="Rapat tinjauan manajemen (ISO 9001:2015 klausul 9.3): bahan masukan dari data terkini, notulen, keputusan, RTL dan pengesahannya."
        actions={
          <>
            {mayManage && <LinkButton href="/management-reviews/new">Jadwalkan rapat</LinkButton>}
            <LinkButton href="/management-reviews/actions" variant="secondary">Daftar RTL</LinkButton>
          </>
        }
      />
      <FilterBar resetHref="/management-reviews">
        <FormField label="Tahun rapat" htmlFor="filter-year">
          <Select id="filter-year" name="year" options={years} placeholder="Semua tahun" defaultValue={query.year ? String(query.year) : ""} />
        </FormField>
        <FormField label="Status" htmlFor="filter-status">
          <Select id="filter-status" name="status" options={REVIEW_STATUSES.map((s) => ({ value: s, label: REVIEW_STATUS_LABELS[s] }))} placeholder="Semua status" defaultValue={query.status ?? ""} />
        </FormField>
      </FilterBar>
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada rapat yang cocok" : "Belum ada rapat tinjauan manajemen"}
            description={filtered ? "Ubah penyaring." : mayManage ? "Jadwalkan rapat tinjauan manajemen pertama." : "Rapat yang dapat Anda lihat akan tampil di sini."}
          />
        ) : (
          <div className="stack">
            <p className="muted"><strong>{`${formatNumber(list.total)} rapat`}</strong></p>
            <Table caption="Rapat tinjauan manajemen">
              <THead>
                <Tr>
                  <Th>Nomor</Th>
                  <Th>Judul</Th>
                  <Th>Perangkat Daerah</Th>
                  <Th>Waktu rapat</Th>
                  <Th>Periode ditinjau</Th>
                  <Th>Status</Th>
                  <Th numeric>RTL</Th>
                </Tr>
              </THead>
              <TBody>
                {list.rows.map((r) => (
                  <Tr key={r.id}>
                    <Td nowrap><Link href={`/management-reviews/${encodeURIComponent(r.id)}`}>{r.number}</Link></Td>
                    <Td>{r.title}</Td>
                    <Td>{r.agencyName}</Td>
                    <Td nowrap>{formatDateTime(r.meetingAt)}</Td>
                    <Td nowrap>{`${formatCalendarDate(r.periodFrom)} – ${formatCalendarDate(r.periodTo)}`}</Td>
                    <Td><ReviewStatusBadge status={r.status} /></Td>
                    <Td numeric>{formatNumber(r.actionCount)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </div>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref("/management-reviews", params)} />
      </Card>
    </div>
  );
}
