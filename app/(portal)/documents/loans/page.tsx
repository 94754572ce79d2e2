import type { Metadata } from "next";
import Link from "next/link";
import { LoanStatusBadge } from "@/components/documents/loans/loan-status-badge";
import { Card, EmptyState, FilterBar, FilterSelect, FormField, Input, LinkButton, PageHeader, Pagination, RegisterTable, pageHref } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { LOAN_STATUS_LABELS } from "@/lib/documents/constants";
import { listLoans, loanUnitOptions } from "@/lib/documents/loan-data";
import { loanListQuerySchema } from "@/lib/documents/loan-schema";
import { ARCHIVE_LOAN_STATUSES } from "@/lib/documents/loan-workflow";
import { unitTreeOptions } from "@/lib/org/unit-tree-options";
import { formatCalendarDate, formatDate } from "@/lib/utils/format";
import { formatNumber } from "@/lib/utils/number";

export const metadata: Metadata = { title: "Peminjaman Arsip" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const BASE = "/documents/loans";

export default async function LoansPage({ searchParams }: Props) {
  const user = await requirePermission("archive.loan.request");
  const params = await searchParams;
  const parsed = loanListQuerySchema.parse(params);
  const units = await loanUnitOptions(user);
  const unitId = units.some((u) => u.id === parsed.unitId) ? parsed.unitId : undefined;
  const query = { ...parsed, unitId };
  const list = await listLoans(user, query);
  const keeper = can(user, "archive.loan.manage");
  const filtered = Boolean(query.q || query.status || query.overdue || unitId);
  return (
    <div className="stack-lg">
      <PageHeader
        title="Peminjaman Arsip"
        description={keeper
          ? "Buku agenda pinjam dokumen (SOP Pengendalian Arsip): permintaan, kartu kendali, tanggal keluar, batas waktu dan pengembalian arsip fisik."
          : "Peminjaman arsip fisik Anda: ajukan permintaan, nyatakan arsip diterima, dan kembalikan sebelum batas waktu."}
        actions={<LinkButton href={`${BASE}/new`}>Ajukan peminjaman</LinkButton>}
      />
      <FilterBar resetHref={BASE}>
        <FormField label="Cari" htmlFor="filter-q">
          <Input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="Nomor agenda, arsip atau peminjam" maxLength={100} />
        </FormField>
        {units.length > 1 && <FilterSelect label="Unit peminjam" name="unitId" id="filter-unit" options={unitTreeOptions(units)} placeholder="Semua unit" value={unitId} />}
        <FilterSelect label="Status" name="status" id="filter-status" options={ARCHIVE_LOAN_STATUSES.map((s) => ({ value: s, label: LOAN_STATUS_LABELS[s] }))} placeholder="Semua status" value={query.status} />
        <FilterSelect label="Tenggat" name="overdue" id="filter-overdue" options={[{ value: "1", label: "Hanya yang terlambat" }]} placeholder="Semua" value={query.overdue} />
      </FilterBar>
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada peminjaman yang cocok" : "Belum ada peminjaman arsip"}
            description={filtered ? "Ubah kata kunci atau penyaring." : "Permintaan peminjaman arsip fisik akan tampil di sini."}
          />
        ) : (
          <div className="stack">
            <p className="muted"><strong>{`${formatNumber(list.total)} peminjaman`}</strong>{query.overdue ? " terlambat" : ""}</p>
            <RegisterTable
              caption="Buku agenda peminjaman arsip"
              rows={list.rows}
              columns={[
                { header: "Nomor agenda", cell: (r) => <Link href={`${BASE}/${encodeURIComponent(r.id)}`}>{r.agendaNo}</Link>, nowrap: true },
                { header: "Arsip", cell: (r) => r.archiveTitle },
                { header: "Peminjam", cell: (r) => `${r.borrowerName} (${r.borrowerUnitName})` },
                { header: "Diajukan", cell: (r) => formatDate(r.requestedAt), nowrap: true },
                { header: "Keluar", cell: (r) => (r.outAt ? formatCalendarDate(r.outAt) : "-"), nowrap: true },
                { header: "Batas kembali", cell: (r) => (r.dueDate ? formatCalendarDate(r.dueDate) : "-"), nowrap: true },
                { header: "Status", cell: (r) => <LoanStatusBadge status={r.status} overdue={r.overdue} /> },
              ]}
            />
          </div>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref(BASE, params)} />
      </Card>
    </div>
  );
}
