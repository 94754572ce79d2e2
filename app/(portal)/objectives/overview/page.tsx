import type { Metadata } from "next";
import { AchievementShareChart } from "@/components/charts/achievement-share-chart";
import { OverviewExportLinks } from "@/components/objectives/overview-export-links";
import { OverviewFilters } from "@/components/objectives/overview-filters";
import { OverviewHeatmap, OverviewHeatmapLegend } from "@/components/objectives/overview-heatmap";
import { OverviewLateList } from "@/components/objectives/overview-late-list";
import { OverviewStatusCounts } from "@/components/objectives/overview-status-counts";
import { overviewUnitOptions } from "@/components/objectives/overview-unit-options";
import { Card, EmptyState, LinkButton, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { getOverview } from "@/lib/objectives/overview-data";
import { listObjectiveFilterOptions } from "@/lib/objectives/filters-data";
import { objectiveListQuerySchema } from "@/lib/objectives/schema";
import { formatDate } from "@/lib/utils/format";

export const metadata: Metadata = { title: "Ikhtisar Sasaran Mutu" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ObjectivesOverviewPage({ searchParams }: Props) {
  const user = await requirePermission("objective.read");
  const params = await searchParams;
  const query = objectiveListQuerySchema.parse(params);
  const filterOptions = await listObjectiveFilterOptions(user);
  const options = { ...overviewUnitOptions(filterOptions, user.unitPath), years: filterOptions.years };
  const today = new Date();

  // No unitId in the query at all: the reader's own agency. An empty value: every unit they may see.
  // A unit outside the choices (another reader's link) falls back to every unit, as the select shows.
  const requested = params.unitId === undefined ? (options.defaultUnitId ?? undefined) : query.unitId || undefined;
  const unit = options.units.find((u) => u.value === requested);
  const year = query.year ?? today.getFullYear();
  const years = [...new Set([...options.years, today.getFullYear(), year])].sort((a, b) => b - a);

  const overview = await getOverview(user, { unitId: unit?.value, year }, today);
  const scopeName = unit ? unit.name : "semua unit";
  const listQuery = { year: String(year), ...(unit ? { unitId: unit.value } : {}) };
  const total = Object.values(overview.statusCounts).reduce((n, c) => n + c, 0);

  return (
    <div className="stack-lg">
      <PageHeader
        title="Ikhtisar Sasaran Mutu"
        description={`Capaian sasaran mutu ${scopeName} tahun ${year} per periode pengukuran (ISO 9001:2015 klausul 6.2 dan 9.1.3), keadaan per ${formatDate(today)}.`}
        breadcrumbs={[{ href: "/objectives", label: "Sasaran Mutu" }, { label: "Ikhtisar" }]}
        actions={<OverviewExportLinks year={year} unitId={unit?.value} />}
      />
      <OverviewFilters unitId={unit?.value ?? ""} year={year} unitOptions={options.units} years={years} />

      {total === 0 ? (
        <EmptyState
          title={`Belum ada sasaran mutu ${scopeName} tahun ${year}`}
          description="Pilih unit atau tahun lain, atau tetapkan sasaran mutu dari halaman Sasaran Mutu."
          action={<LinkButton href="/objectives" variant="secondary">Ke daftar sasaran mutu</LinkButton>}
        />
      ) : (
        <>
          <section aria-labelledby="status-heading" className="stack-sm">
            <h2 id="status-heading" className="visually-hidden">
              Jumlah sasaran mutu per status
            </h2>
            <OverviewStatusCounts counts={overview.statusCounts} listQuery={listQuery} />
          </section>

          <Card title={`Peta capaian ${year}`}>
            {overview.heatmap.length === 0 ? (
              <EmptyState
                title="Belum ada sasaran mutu yang disetujui"
                description="Hanya sasaran mutu yang telah disetujui (aktif) yang diukur dan tampil di peta capaian."
              />
            ) : (
              <>
                <OverviewHeatmapLegend />
                <OverviewHeatmap rows={overview.heatmap} year={year} />
              </>
            )}
          </Card>

          <div id="terlambat">
            <Card title="Pengukuran terlambat">
              {overview.late.length === 0 ? (
                <p className="muted">Tidak ada pengukuran yang terlambat.</p>
              ) : (
                <OverviewLateList late={overview.late} />
              )}
            </Card>
          </div>

          {overview.heatmap.length > 0 && (
            <div className="stack-lg">
              <Card title="Capaian per unit">
                <AchievementShareChart data={overview.byUnit} groupLabel="Unit" title={`Capaian per unit ${year}`} />
              </Card>
              <Card title="Capaian per perspektif">
                <AchievementShareChart data={overview.byPerspective} groupLabel="Perspektif" title={`Capaian per perspektif ${year}`} />
              </Card>
            </div>
          )}
        </>
      )}
    </div>
  );
}
