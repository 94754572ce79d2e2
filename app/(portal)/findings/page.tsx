import type { Metadata } from "next";
import { FindingChartsPanel } from "@/components/findings/finding-charts";
import { FindingFilters } from "@/components/findings/finding-filters";
import { FindingList } from "@/components/findings/finding-list";
import { buttonClassName, Card, LinkButton, PageHeader, Pagination, pageHref, type SelectOption } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getFindingCharts } from "@/lib/findings/charts-data";
import { listFindings } from "@/lib/findings/data";
import { listFindingFilterOptions } from "@/lib/findings/options-data";
import { findingListQuerySchema } from "@/lib/findings/schema";
import { unitTreeOptions } from "@/lib/org/unit-tree-options";
import { formatNumber } from "@/lib/utils/number";
import { carriedFilters } from "@/lib/utils/drill-down";

export const metadata: Metadata = { title: "Temuan" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FindingsPage({ searchParams }: Props) {
  const user = await requirePermission("finding.read");
  const params = await searchParams;
  const query = findingListQuerySchema.parse(params);
  const [options, list, charts] = await Promise.all([listFindingFilterOptions(user), listFindings(user, query), getFindingCharts(user, query)]);
  const toOptions = (list: { id: string; name: string }[]): SelectOption[] => list.map((c) => ({ value: c.id, label: c.name }));
  const unitOptions: SelectOption[] = unitTreeOptions(options.units.map((u) => ({ ...u, path: u.path ?? "" })));
  const exportQuery = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" && k !== "page" ? [[k, v]] : [])));
  const exportHref = (format: "csv" | "xlsx") => `/findings/export?${new URLSearchParams([...exportQuery, ["format", format]])}`;
  const mayRaise = can(user, "finding.raise") && user.grants.some((g) => g.role === "MANAJER_MUTU");

  return (
    <div className="stack-lg">
      <PageHeader
        title="Temuan"
        description="Register temuan audit dan sumber lain (KTS mayor, KTS minor, observasi) beserta tanggapan auditi (ISO 9001:2015 klausul 10.2)."
        actions={
          <>
            {mayRaise && <LinkButton href="/findings/new">Catat temuan</LinkButton>}
            <a href={exportHref("xlsx")} download className={buttonClassName({ variant: "secondary" })}>Unduh XLSX</a>
            <a href={exportHref("csv")} download className={buttonClassName({ variant: "secondary" })}>Unduh CSV</a>
          </>
        }
      />
      <FindingFilters
        carried={carriedFilters(query)}
        values={{
          q: query.q, agencyId: query.agencyId, unitId: query.unitId, auditId: query.auditId, sopId: query.sopId, clauseCode: query.clauseCode,
          category: query.category, status: query.status, source: query.source, age: query.age, overdue: query.overdue,
        }}
        agencyOptions={toOptions(options.agencies)}
        unitOptions={unitOptions}
        auditOptions={toOptions(options.audits)}
        sopOptions={toOptions(options.sops)}
        clauseOptions={toOptions(options.clauses)}
      />
      <Card>
        <div className="stack">
          {list.total > 0 && <p className="muted"><strong>{formatNumber(list.total)} temuan</strong></p>}
          <FindingList rows={list.rows} emptyTitle="Tidak ada temuan yang cocok" />
        </div>
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref("/findings", params)} />
      </Card>
      <Card>
        <h2>Analisis temuan</h2>
        <FindingChartsPanel charts={charts} />
      </Card>
    </div>
  );
}
