import type { Metadata } from "next";
import { ActionTable } from "@/components/management-reviews/action-table";
import { Card, EmptyState, FilterBar, FormField, PageHeader, Pagination, Select, pageHref } from "@/components/ui";
import { requireUser } from "@/lib/auth/session";
import { ACTION_FILTERS, ACTION_FILTER_LABELS } from "@/lib/management-reviews/constants";
import { actionFilterUnits, listReviewActions } from "@/lib/management-reviews/data";
import { actionListQuerySchema } from "@/lib/management-reviews/schema";
import { unitTreeOptions } from "@/lib/org/unit-tree-options";
import { formatNumber } from "@/lib/utils/number";

export const metadata: Metadata = { title: "Rencana tindak lanjut tinjauan manajemen" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewActionsPage({ searchParams }: Props) {
  // The agency's readers, and every PIC for their own RTL.
  const user = await requireUser();
  const params = await searchParams;
  const query = actionListQuerySchema.parse(params);
  const [list, units] = await Promise.all([listReviewActions(user, query), actionFilterUnits(user)]);
  const filtered = Boolean(query.status || query.unitId || query.agencyId || query.reviewId);
  return (
    <div className="stack-lg">
      <PageHeader
        title="Rencana tindak lanjut (RTL)"
        description="RTL dari notulen tinjauan manajemen yang diterbitkan, dipantau sampai selesai; menjadi masukan (a) tinjauan berikutnya."
        breadcrumbs={[{ href: "/management-reviews", label: "Tinjauan Manajemen" }, { label: "RTL" }]}
      />
      <FilterBar resetHref="/management-reviews/actions">
        <FormField label="Status" htmlFor="filter-status">
          <Select id="filter-status" name="status" options={ACTION_FILTERS.map((s) => ({ value: s, label: ACTION_FILTER_LABELS[s] }))} placeholder="Semua status" defaultValue={query.status ?? ""} />
        </FormField>
        <FormField label="Unit PIC" htmlFor="filter-unit">
          <Select id="filter-unit" name="unitId" options={unitTreeOptions(units)} placeholder="Semua unit" defaultValue={query.unitId ?? ""} />
        </FormField>
        {query.agencyId && <input type="hidden" name="agencyId" value={query.agencyId} />}
        {query.reviewId && <input type="hidden" name="reviewId" value={query.reviewId} />}
      </FilterBar>
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState title={filtered ? "Tidak ada RTL yang cocok" : "Belum ada RTL"} description={filtered ? "Ubah penyaring." : "RTL tampil di sini setelah notulen tinjauan manajemen diterbitkan."} />
        ) : (
          <div className="stack">
            <p className="muted"><strong>{`${formatNumber(list.total)} RTL`}</strong></p>
            <ActionTable rows={list.rows} caption="Rencana tindak lanjut" showReview />
          </div>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref("/management-reviews/actions", params)} />
      </Card>
    </div>
  );
}
