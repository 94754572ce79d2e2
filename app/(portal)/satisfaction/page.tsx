import type { Metadata } from "next";
import { SurveyFilters } from "@/components/satisfaction/survey-filters";
import { SurveyTable } from "@/components/satisfaction/survey-table";
import { IkmCategoryBadge } from "@/components/satisfaction/category-badge";
import { Card, EmptyState, LinkButton, PageHeader, Pagination, pageHref } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { unitTreeOptions } from "@/lib/org/unit-tree-options";
import { listSurveyFilterOptions, listSurveys } from "@/lib/satisfaction/data";
import { ikmCategory } from "@/lib/satisfaction/rules";
import { surveyListQuerySchema } from "@/lib/satisfaction/schema";
import { formatDecimal, formatNumber } from "@/lib/utils/number";

export const metadata: Metadata = { title: "Kepuasan Masyarakat (SKM)" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SatisfactionPage({ searchParams }: Props) {
  const user = await requirePermission("satisfaction.read");
  const params = await searchParams;
  const parsed = surveyListQuerySchema.parse(params);
  const options = await listSurveyFilterOptions(user);
  const agency = options.agencies.find((a) => a.id === parsed.agencyId);
  const units = agency ? options.units.filter((u) => u.path.startsWith(agency.path)) : options.units;
  const unitId = units.some((u) => u.id === parsed.unitId) ? parsed.unitId : undefined;
  // An agency the reader has no survey in still filters (a link from the management review).
  const query = { ...parsed, agencyId: agency?.id ?? parsed.agencyId, unitId };
  const list = await listSurveys(user, query);
  const filtered = Boolean(query.agencyId || unitId || parsed.year || parsed.category || parsed.from || parsed.to);

  return (
    <div className="stack-lg">
      <PageHeader
        title="Kepuasan Masyarakat (SKM)"
        description="Hasil Survei Kepuasan Masyarakat per unit pelayanan dan periode (Permenpan RB 14/2017), dengan rekap pengaduan; masukan tinjauan manajemen ISO 9001:2015 klausul 9.1.2."
        actions={can(user, "satisfaction.manage") && <LinkButton href="/satisfaction/new">Catat hasil SKM</LinkButton>}
      />
      <SurveyFilters
        values={{ agencyId: agency?.id, unitId, year: parsed.year, category: parsed.category, from: parsed.from, to: parsed.to }}
        agencyOptions={options.agencies.map((a) => ({ value: a.id, label: a.name }))}
        unitOptions={unitTreeOptions(units)}
        yearOptions={options.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada hasil SKM yang cocok" : "Belum ada hasil SKM"}
            description={filtered ? "Ubah penyaring, atau atur ulang penyaring." : "Hasil SKM dicatat oleh manajer mutu atau kepala unit pelayanan."}
          />
        ) : (
          <div className="stack">
            <p className="muted" data-testid="survey-summary">
              <strong>{`${formatNumber(list.total)} hasil SKM`}</strong>
              {list.meanIkm !== null && (
                <>
                  {` · rata-rata IKM ${formatDecimal(list.meanIkm)} `}
                  <IkmCategoryBadge category={ikmCategory(list.meanIkm)} />
                </>
              )}
              {` · pengaduan ${formatNumber(list.complaintsReceived)} diterima, ${formatNumber(list.complaintsResolved)} selesai`}
            </p>
            <SurveyTable rows={list.rows} />
          </div>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref("/satisfaction", params)} />
      </Card>
    </div>
  );
}
