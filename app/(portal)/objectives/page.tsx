import type { Metadata } from "next";
import { ALL_YEARS, ObjectiveFilters } from "@/components/objectives/objective-filters";
import { ObjectiveTable } from "@/components/objectives/objective-table";
import { Card, EmptyState, LinkButton, PageHeader, Pagination, pageHref, type SelectOption } from "@/components/ui";
import { coversListedUnit, unitTreeOptions } from "@/lib/org/unit-tree-options";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listObjectives } from "@/lib/objectives/data";
import { listObjectiveFilterOptions } from "@/lib/objectives/filters-data";
import { objectiveListQuerySchema } from "@/lib/objectives/schema";
import { formatNumber } from "@/lib/utils/number";

export const metadata: Metadata = { title: "Sasaran Mutu" };


type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ObjectivesPage({ searchParams }: Props) {
  const user = await requirePermission("objective.read");
  const params = await searchParams;
  const parsed = objectiveListQuerySchema.parse(params);
  const options = await listObjectiveFilterOptions(user);

  // No year in the query: this year. "semua": every year.
  const currentYear = new Date().getFullYear();
  const year = params.year === undefined ? currentYear : parsed.year;
  const agency = options.agencies.find((a) => a.id === parsed.agencyId);
  const units = agency ? options.units.filter((u) => u.path.startsWith(agency.path)) : options.units;
  // A unit left over from another agency (the form does not reload the unit list) is dropped.
  // A unit above the listed ones (a drill-down link) is kept too.
  const unitId = coversListedUnit(units, parsed.unitId) ? parsed.unitId : undefined;
  const agencyId = agency?.id ?? (coversListedUnit(options.units, parsed.agencyId) ? parsed.agencyId : undefined);
  const list = await listObjectives(user, { ...parsed, agencyId, unitId, year });

  const agencyNameOf = (path: string) => options.agencies.find((a) => path.startsWith(a.path))?.name;
  const agencyOptions: SelectOption[] = options.agencies.map((a) => ({ value: a.id, label: a.name }));
  // Tree order with indentation, as every unit picker (components/org/unit-tree-options.ts).
  const unitOptions: SelectOption[] = unitTreeOptions(units, (u) => {
    const agencyName = agencyNameOf(u.path);
    return agency || options.agencies.length <= 1 || !agencyName || agencyName === u.name ? u.name : `${u.name} (${agencyName})`;
  });
  const years = [...new Set([currentYear, ...options.years])].sort((a, b) => b - a);
  const yearOptions: SelectOption[] = years.map((y) => ({ value: String(y), label: String(y) }));

  const mayManage = can(user, "objective.manage");
  const filtered = Boolean(parsed.q || agency || unitId || parsed.perspective || parsed.status || parsed.achievement);

  return (
    <div className="stack-lg">
      <PageHeader
        title="Sasaran Mutu"
        description="Sasaran mutu setiap unit per tahun, pengukuran berkala dan ketercapaiannya (ISO 9001:2015 klausul 6.2)."
        actions={
          <>
            {mayManage && <LinkButton href="/objectives/new">Tambah sasaran</LinkButton>}
            <LinkButton href="/objectives/policy" variant="secondary">
              Kebijakan mutu
            </LinkButton>
            <LinkButton href="/objectives/overview" variant="secondary">
              Ikhtisar
            </LinkButton>
          </>
        }
      />
      <ObjectiveFilters
        values={{
          q: parsed.q,
          agencyId: agency?.id,
          unitId,
          year: year ? String(year) : ALL_YEARS,
          perspective: parsed.perspective,
          status: parsed.status,
          achievement: parsed.achievement,
        }}
        agencyOptions={agencyOptions}
        unitOptions={unitOptions}
        yearOptions={yearOptions}
      />
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada sasaran mutu yang cocok" : year ? `Belum ada sasaran mutu tahun ${year}` : "Belum ada sasaran mutu"}
            description={
              filtered
                ? "Ubah kata kunci atau penyaring, atau atur ulang penyaring."
                : mayManage
                  ? "Susun sasaran mutu unit Anda, lalu ajukan kepada pimpinan untuk disetujui."
                  : "Sasaran mutu yang dapat Anda lihat akan tampil di sini."
            }
            action={!filtered && mayManage ? <LinkButton href="/objectives/new">Tambah sasaran</LinkButton> : undefined}
          />
        ) : (
          <div className="stack">
            <p className="muted">
              <strong>{formatNumber(list.total)} sasaran mutu</strong>
              {year ? ` tahun ${year}` : " semua tahun"}
              {agency ? ` di ${agency.name}` : ""}
              {parsed.q ? ` untuk “${parsed.q}”` : ""}
            </p>
            <ObjectiveTable rows={list.rows} showYear={!year} />
          </div>
        )}
        <Pagination
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          hrefForPage={pageHref("/objectives", params)}
        />
      </Card>
    </div>
  );
}
