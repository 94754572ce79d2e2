import type { Metadata } from "next";
import Link from "next/link";
import { DestructionProposalForm } from "@/components/documents/retention/destruction-proposal-form";
import { HandOverButton } from "@/components/documents/retention/hand-over-button";
import { Badge, Card, EmptyState, FilterBar, FilterSelect, PageHeader, Pagination, RegisterTable, pageHref } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission, requireUser } from "@/lib/auth/session";
import { DESTRUCTION_STATUS_LABELS, DOCUMENT_TYPE_LABELS, FINAL_DISPOSITION_LABELS } from "@/lib/documents/constants";
import { listDestructions, listRetention, retentionCounts, retentionToday, retentionUnitOptions } from "@/lib/documents/retention-data";
import { scheduleLabel } from "@/lib/documents/retention-rules";
import { RETENTION_TABS, RETENTION_TAB_LABELS, retentionQuerySchema, type RetentionTab } from "@/lib/documents/retention-schema";
import { unitTreeOptions } from "@/lib/org/unit-tree-options";
import { isoDate } from "@/lib/org/time-zones";
import { formatCalendarDate, formatDate } from "@/lib/utils/format";
import { formatNumber } from "@/lib/utils/number";

export const metadata: Metadata = { title: "Retensi dan Pemusnahan" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BASE = "/documents/retention";

export default async function RetentionPage({ searchParams }: Props) {
  const viewer = await requireUser();
  const mayManage = can(viewer, "document.manage");
  // The pimpinan reaches the Berita Acara list to approve; everyone else needs document.manage.
  const user = mayManage || can(viewer, "document.destruction.approve") ? viewer : await requirePermission("document.manage");
  const params = await searchParams;
  const parsed = retentionQuerySchema.parse(params);
  const tab: RetentionTab = mayManage ? parsed.tab : "berita-acara";
  const query = { ...parsed, tab };
  const units = mayManage ? await retentionUnitOptions(user) : [];
  const unitId = units.some((u) => u.id === query.unitId) ? query.unitId : undefined;
  const counts = mayManage ? await retentionCounts(user, unitId) : null;
  const today = retentionToday();
  const tabs = mayManage ? RETENTION_TABS : (["berita-acara"] as const);
  const tabHref = (t: RetentionTab) => `${BASE}?tab=${t}${unitId ? `&unitId=${encodeURIComponent(unitId)}` : ""}`;

  return (
    <div className="stack-lg">
      <PageHeader
        title="Retensi dan Pemusnahan"
        description="Jadwal retensi arsip (UU 43/2009): dokumen yang masa retensinya berakhir diusulkan musnah dengan Berita Acara Pemusnahan atau, bila permanen, diserahkan ke arsip provinsi."
      />
      <nav aria-label="Daftar retensi" className="row">
        {tabs.map((t) => (
          <Link key={t} href={tabHref(t)} aria-current={t === tab ? "page" : undefined} className={t === tab ? "nowrap" : "nowrap muted"}>
            {t === tab ? <strong>{RETENTION_TAB_LABELS[t]}</strong> : RETENTION_TAB_LABELS[t]}
            {counts && t !== "berita-acara" ? ` (${formatNumber(counts[t])})` : ""}
          </Link>
        ))}
      </nav>
      {mayManage && (
        <FilterBar resetHref={`${BASE}?tab=${tab}`}>
          <input type="hidden" name="tab" value={tab} />
          <FilterSelect label="Unit" name="unitId" id="filter-unit" options={unitTreeOptions(units)} placeholder="Semua unit" value={unitId} />
        </FilterBar>
      )}
      {tab === "berita-acara" ? <DestructionList user={user} query={{ ...query, unitId }} params={params} /> : <DocumentList user={user} tab={tab} query={{ ...query, unitId }} params={params} today={today} />}
    </div>
  );
}

async function DocumentList({ user, tab, query, params, today }: {
  user: Awaited<ReturnType<typeof requireUser>>;
  tab: Exclude<RetentionTab, "berita-acara">;
  query: ReturnType<typeof retentionQuerySchema.parse>;
  params: Record<string, string | string[] | undefined>;
  today: Date;
}) {
  const list = await listRetention(user, query);
  const empty = {
    musnah: "Tidak ada dokumen berketerangan musnah yang masa retensinya telah berakhir.",
    permanen: "Tidak ada arsip permanen yang menunggu penyerahan.",
    mendatang: "Tidak ada dokumen yang masa retensinya berakhir dalam 12 bulan ke depan.",
  }[tab];
  return (
    <Card title={RETENTION_TAB_LABELS[tab]}>
      {list.rows.length === 0 ? (
        <EmptyState title="Daftar kosong" description={empty} />
      ) : tab === "musnah" ? (
        <div className="stack">
          <p className="muted">{`${formatNumber(list.total)} dokumen siap diusulkan musnah. Pilih dokumen, lalu buat usulan (draf Berita Acara Pemusnahan) untuk diajukan kepada pimpinan.`}</p>
          <DestructionProposalForm
            rows={list.rows.map((r) => ({
              id: r.id, code: r.code, title: r.title, unitName: r.unitName, typeLabel: DOCUMENT_TYPE_LABELS[r.type],
              retentionEndsAt: formatCalendarDate(r.retentionEndsAt), agencyId: r.agencyId,
              takenBy: r.destruction ? { id: r.destruction.id, number: r.destruction.number } : null,
            }))}
          />
        </div>
      ) : (
        <div className="stack">
          <p className="muted"><strong>{`${formatNumber(list.total)} dokumen`}</strong></p>
          <RegisterTable
            caption={RETENTION_TAB_LABELS[tab]}
            rows={list.rows}
            columns={[
              { header: "Kode", cell: (r) => <Link href={`/documents/${encodeURIComponent(r.id)}`}>{r.code}</Link>, nowrap: true },
              { header: "Judul", cell: (r) => r.title },
              { header: "Unit pemilik", cell: (r) => r.unitName },
              { header: "Jadwal retensi", cell: (r) => scheduleLabel(r.retentionActiveYears, r.retentionInactiveYears) },
              { header: "Keterangan akhir", cell: (r) => FINAL_DISPOSITION_LABELS[r.finalDisposition] },
              { header: "Retensi berakhir", cell: (r) => formatCalendarDate(r.retentionEndsAt), nowrap: true },
              ...(tab === "permanen"
                ? [{ header: "Tindakan", cell: (r: (typeof list.rows)[number]) => <HandOverButton documentId={r.id} version={r.version} code={r.code} today={isoDate(today)} /> }]
                : []),
            ]}
          />
        </div>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref(BASE, params)} />
    </Card>
  );
}

async function DestructionList({ user, query, params }: {
  user: Awaited<ReturnType<typeof requireUser>>;
  query: ReturnType<typeof retentionQuerySchema.parse>;
  params: Record<string, string | string[] | undefined>;
}) {
  const list = await listDestructions(user, query);
  return (
    <Card title="Berita acara pemusnahan">
      {list.rows.length === 0 ? (
        <EmptyState title="Belum ada berita acara" description="Usulan pemusnahan dibuat dari daftar usul musnah." />
      ) : (
        <RegisterTable
          caption="Berita acara pemusnahan"
          rows={list.rows}
          columns={[
            { header: "Nomor", cell: (r) => <Link href={`${BASE}/destructions/${encodeURIComponent(r.id)}`}>{r.number}</Link>, nowrap: true },
            { header: "Perangkat Daerah", cell: (r) => r.agencyName },
            { header: "Dokumen", cell: (r) => formatNumber(r.documentCount) },
            { header: "Status", cell: (r) => <Badge tone={r.status === "DILAKSANAKAN" ? "success" : r.status === "DIAJUKAN" ? "warning" : "neutral"}>{DESTRUCTION_STATUS_LABELS[r.status]}</Badge> },
            { header: "Dibuat", cell: (r) => formatDate(r.createdAt), nowrap: true },
            { header: "Dimusnahkan", cell: (r) => (r.destroyedOn ? formatCalendarDate(r.destroyedOn) : "-"), nowrap: true },
          ]}
        />
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref(BASE, params)} />
    </Card>
  );
}
