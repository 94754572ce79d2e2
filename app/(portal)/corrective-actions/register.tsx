// The corrective-action register, shared by the full list and the overdue list.
import { CaFilters } from "@/components/corrective-actions/ca-filters";
import { CaTable } from "@/components/corrective-actions/ca-table";
import { Card, EmptyState, LinkButton, Pagination, buildHref, pageHref, type SelectOption } from "@/components/ui";
import type { SessionUser } from "@/lib/auth/types";
import { listCorrectiveActions } from "@/lib/corrective-actions/data";
import { listCaFilterOptions } from "@/lib/corrective-actions/filters-data";
import { caListQuerySchema } from "@/lib/corrective-actions/schema";
import { coversListedUnit, unitTreeOptions } from "@/lib/org/unit-tree-options";
import { formatNumber } from "@/lib/utils/number";
import { carriedFilters } from "@/lib/utils/drill-down";

type Params = Record<string, string | string[] | undefined>;

export async function CaRegister({ user, params, basePath, overdueOnly }: { user: SessionUser; params: Params; basePath: string; overdueOnly: boolean }) {
  const parsed = caListQuerySchema.parse(overdueOnly ? { ...params, overdue: "1" } : params);
  const options = await listCaFilterOptions(user);
  const agency = options.agencies.find((a) => a.id === parsed.agencyId);
  const units = agency ? options.units.filter((u) => u.path.startsWith(agency.path)) : options.units;
  const unitId = coversListedUnit(units, parsed.unitId) ? parsed.unitId : undefined;
  const agencyId = agency?.id ?? (coversListedUnit(options.units, parsed.agencyId) ? parsed.agencyId : undefined);
  const query = { ...parsed, agencyId, unitId };
  const list = await listCorrectiveActions(user, query);
  const agencyOptions: SelectOption[] = options.agencies.map((a) => ({ value: a.id, label: a.name }));
  const unitOptions: SelectOption[] = unitTreeOptions(units);
  const filtered = Boolean(parsed.q || agency || unitId || parsed.auditId || parsed.clauseCode || parsed.sopId || parsed.category || parsed.status || parsed.findingId || (!overdueOnly && parsed.overdue));
  const exportParams: Params = { ...params, ...(overdueOnly ? { overdue: "1" } : {}), page: undefined };
  return (
    <>
      <CaFilters
        carried={carriedFilters(parsed)}
        resetHref={basePath}
        showOverdue={!overdueOnly}
        values={{ q: parsed.q, agencyId: agency?.id, unitId, auditId: parsed.auditId, clauseCode: parsed.clauseCode, sopId: parsed.sopId, category: parsed.category, status: parsed.status, overdue: parsed.overdue }}
        agencyOptions={agencyOptions}
        unitOptions={unitOptions}
        auditOptions={options.audits.map((a) => ({ value: a.id, label: a.number }))}
        clauseOptions={options.clauses.map((c) => ({ value: c, label: c }))}
        sopOptions={options.sops.map((s) => ({ value: s.id, label: s.title }))}
      />
      <Card
        actions={
          list.total > 0 && (
            <>
              <LinkButton href={buildHref("/corrective-actions/export", exportParams, { format: "xlsx" })} variant="secondary" size="sm" prefetch={false}>
                Unduh XLSX
              </LinkButton>
              <LinkButton href={buildHref("/corrective-actions/export", exportParams, { format: "csv" })} variant="secondary" size="sm" prefetch={false}>
                Unduh CSV
              </LinkButton>
            </>
          )
        }
      >
        {list.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada tindakan perbaikan yang cocok" : overdueOnly ? "Tidak ada tindakan perbaikan yang terlambat" : "Belum ada tindakan perbaikan"}
            description={filtered ? "Ubah kata kunci atau penyaring, atau atur ulang penyaring." : "Tindakan perbaikan dibuka setelah temuan KTS diterima oleh auditi."}
          />
        ) : (
          <div className="stack">
            <p className="muted">
              <strong>{`${formatNumber(list.total)} tindakan perbaikan`}</strong>
              {overdueOnly ? " terlambat" : ""}
              {agency ? ` di ${agency.name}` : ""}
              {parsed.q ? ` untuk “${parsed.q}”` : ""}
            </p>
            <CaTable rows={list.rows} caption={overdueOnly ? "Tindakan perbaikan terlambat" : "Daftar tindakan perbaikan"} />
          </div>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref(basePath, params)} />
      </Card>
    </>
  );
}
