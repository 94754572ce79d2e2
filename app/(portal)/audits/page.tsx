import type { Metadata } from "next";
import { AuditFilters } from "@/components/audits/audit-filters";
import { AuditTable } from "@/components/audits/audit-table";
import { Card, EmptyState, LinkButton, PageHeader, Pagination, pageHref } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listAudits } from "@/lib/audits/data";
import { auditListQuerySchema } from "@/lib/audits/schema";
import { auditFilterUnits } from "@/lib/audits/options-data";
import { formatNumber } from "@/lib/utils/number";
import { carriedFilters } from "@/lib/utils/drill-down";

export const metadata: Metadata = { title: "Audit Internal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditsPage({ searchParams }: Props) {
  const user = await requirePermission("audit.read");
  const params = await searchParams;
  const query = auditListQuerySchema.parse(params);
  const [list, units] = await Promise.all([listAudits(user, query), auditFilterUnits(user)]);
  const mayPlan = can(user, "audit.manage");
  const filtered = Boolean(query.q || query.year || query.status || query.type || query.unitId || query.agencyId || query.held || query.active || query.from || query.to);
  const thisYear = new Date().getFullYear();
  const yearOptions = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) }));

  return (
    <div className="stack-lg">
      <PageHeader
        title="Audit Internal"
        description="Rencana audit, tim, jadwal, rapat pembukaan dan penutupan (ISO 9001:2015 klausul 9.2)."
        actions={
          <>
            {mayPlan && <LinkButton href="/audits/new">Rencana audit baru</LinkButton>}
            <LinkButton href="/audits/mine" variant="secondary">Audit saya</LinkButton>
          </>
        }
      />
      <AuditFilters
        carried={carriedFilters(query)}
        values={{ q: query.q, year: query.year ? String(query.year) : undefined, status: query.status, type: query.type, unitId: query.unitId }}
        yearOptions={yearOptions}
        unitOptions={units.map((u) => ({ value: u.id, label: `${"\u00a0\u00a0".repeat(u.indent)}${u.name}` }))}
      />
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada audit yang cocok" : "Belum ada audit"}
            description={filtered ? "Ubah kata kunci atau penyaring." : mayPlan ? "Susun rencana audit pertama: lingkup, tim dan jadwal." : "Audit yang dapat Anda lihat akan tampil di sini."}
            action={!filtered && mayPlan ? <LinkButton href="/audits/new">Rencana audit baru</LinkButton> : undefined}
          />
        ) : (
          <div className="stack">
            <p className="muted"><strong>{formatNumber(list.total)} audit</strong></p>
            <AuditTable rows={list.rows} />
          </div>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref("/audits", params)} />
      </Card>
    </div>
  );
}
