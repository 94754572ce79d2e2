import type { Metadata } from "next";
import { DocumentFilters } from "@/components/documents/document-filters";
import { DocumentTable } from "@/components/documents/document-table";
import { Card, EmptyState, LinkButton, PageHeader, Pagination, pageHref, type SelectOption } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listDocumentFilterOptions, listDocuments } from "@/lib/documents/data";
import { documentListQuerySchema } from "@/lib/documents/schema";
import { coversListedUnit, unitTreeOptions } from "@/lib/org/unit-tree-options";
import { formatNumber } from "@/lib/utils/number";

export const metadata: Metadata = { title: "Pengendalian Dokumen" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DocumentsPage({ searchParams }: Props) {
  const user = await requirePermission("document.read");
  const params = await searchParams;
  const parsed = documentListQuerySchema.parse(params);
  const options = await listDocumentFilterOptions(user);
  const agency = options.agencies.find((a) => a.id === parsed.agencyId);
  const units = agency ? options.units.filter((u) => u.path.startsWith(agency.path)) : options.units;
  const unitId = coversListedUnit(units, parsed.unitId) ? parsed.unitId : undefined;
  const list = await listDocuments(user, { ...parsed, agencyId: agency?.id, unitId });

  const agencyOptions: SelectOption[] = options.agencies.length > 1 ? options.agencies.map((a) => ({ value: a.id, label: a.name })) : [];
  const unitOptions: SelectOption[] = unitTreeOptions(units);
  const mayManage = can(user, "document.manage");
  const filtered = Boolean(parsed.q || agency || unitId || parsed.type || parsed.status || parsed.access);

  return (
    <div className="stack-lg">
      <PageHeader
        title="Pengendalian Dokumen"
        description="Daftar induk dokumen terkendali: revisi, pemeriksaan, pengesahan dan kelas aksesnya (ISO 9001:2015 klausul 7.5)."
        actions={
          <>
            {mayManage && <LinkButton href="/documents/new">Daftarkan dokumen</LinkButton>}
            {can(user, "document.settings") && (
              <LinkButton href="/documents/settings" variant="secondary">
                Pengaturan
              </LinkButton>
            )}
          </>
        }
      />
      <DocumentFilters
        values={{ q: parsed.q, agencyId: agency?.id, unitId, type: parsed.type, status: parsed.status, access: parsed.access }}
        agencyOptions={agencyOptions}
        unitOptions={unitOptions}
      />
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada dokumen yang cocok" : "Belum ada dokumen terkendali"}
            description={
              filtered
                ? "Ubah kata kunci atau penyaring, atau atur ulang penyaring."
                : mayManage
                  ? "Daftarkan dokumen, unggah revisinya, lalu ajukan untuk diperiksa dan disahkan."
                  : "Dokumen yang dapat Anda baca akan tampil di sini."
            }
            action={!filtered && mayManage ? <LinkButton href="/documents/new">Daftarkan dokumen</LinkButton> : undefined}
          />
        ) : (
          <div className="stack">
            <p className="muted">
              <strong>{`${formatNumber(list.total)} dokumen`}</strong>
              {agency ? ` di ${agency.name}` : ""}
              {parsed.q ? ` untuk “${parsed.q}”` : ""}
            </p>
            <DocumentTable rows={list.rows} />
          </div>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref("/documents", params)} />
      </Card>
    </div>
  );
}
