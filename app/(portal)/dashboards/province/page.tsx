import type { Metadata } from "next";
import { AchievementShareChart } from "@/components/charts/achievement-share-chart";
import { ProvinceRankingTable } from "@/components/dashboards/province-ranking";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { provinceRanking } from "@/lib/dashboards/leadership-data";

export const metadata: Metadata = { title: "Perbandingan Perangkat Daerah" };

/** Province readers compare the agencies of their scope: a ranking table and a chart. */
export default async function ProvinceDashboardPage() {
  const user = await requirePermission("dashboard.province.read");
  const today = new Date();
  const year = today.getUTCFullYear();
  const rows = await provinceRanking(user, today);
  return (
    <div className="stack-lg">
      <PageHeader
        title="Perbandingan Perangkat Daerah"
        description={`Capaian sasaran mutu, temuan, tindakan perbaikan dan program audit setiap Perangkat Daerah dalam cakupan Anda, tahun ${year}.`}
      />
      {rows.length === 0 ? (
        <EmptyState title="Belum ada Perangkat Daerah dalam cakupan Anda." />
      ) : (
        <>
          <Card>
            <ProvinceRankingTable rows={rows} year={year} />
          </Card>
          <Card title="Perbandingan capaian sasaran mutu">
            <AchievementShareChart
              title={`Periode sasaran mutu tercapai per Perangkat Daerah ${year}`}
              groupLabel="Perangkat Daerah"
              data={rows.map((r) => ({ key: r.agencyId, label: r.agencyName, achieved: r.achieved, missed: r.measured - r.achieved, percent: r.percent }))}
            />
          </Card>
        </>
      )}
    </div>
  );
}
