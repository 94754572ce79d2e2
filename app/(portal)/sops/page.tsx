import type { Metadata } from "next";
import { unitTreeOptions } from "@/lib/org/unit-tree-options";
import Link from "next/link";
import { SearchSnippet } from "@/components/sops/search-snippet";
import { ALL_AGENCIES, SopFilters } from "@/components/sops/sop-filters";
import {
  Card,
  EmptyState,
  LinkButton,
  PageHeader,
  Pagination,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
  pageHref,
  type SelectOption,
} from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { defaultAgencyId, listSopFilterOptions, listSops } from "@/lib/sops/data";
import { formatDuration } from "@/lib/sops/format-duration";
import { isMissingSopNumber } from "@/lib/sops/number";
import { sopListQuerySchema } from "@/lib/sops/schema";
import { formatNumber } from "@/lib/utils/number";
import { carriedFilters } from "@/lib/utils/drill-down";

export const metadata: Metadata = { title: "Katalog SOP AP" };


type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SopCataloguePage({ searchParams }: Props) {
  const user = await requirePermission("sop.read");
  const params = await searchParams;
  const query = sopListQuerySchema.parse(params);
  const options = await listSopFilterOptions(user);

  // No agencyId in the query at all: the reader's own agency (when it has SOPs). "semua" (or an
  // empty value): every agency.
  let agencyId = query.agencyId && query.agencyId !== ALL_AGENCIES ? query.agencyId : undefined;
  if (params.agencyId === undefined) {
    const own = await defaultAgencyId(user);
    agencyId = options.agencies.some((a) => a.id === own) ? (own ?? undefined) : undefined;
  }
  const agency = options.agencies.find((a) => a.id === agencyId);
  const agencyNameOf = (path: string) =>
    options.agencies.find((a) => path.startsWith(a.path))?.name ?? "";

  const units = agency ? options.units.filter((u) => u.path.startsWith(agency.path)) : options.units;
  // A unit left over from another agency (the form does not reload the unit list) is dropped.
  const unitId = units.some((u) => u.id === query.unitId) ? query.unitId : undefined;

  const list = await listSops(user, { ...query, agencyId, unitId });

  const agencyOptions: SelectOption[] = options.agencies.map((a) => ({ value: a.id, label: a.name }));
  // Tree order with indentation, as every unit picker shows units.
  const unitOptions: SelectOption[] = unitTreeOptions(units, (u) => (agency ? u.name : `${u.name} (${agencyNameOf(u.path)})`));
  const filtered = Boolean(query.q || agencyId || unitId);
  const mayImport = can(user, "sop.manage");

  return (
    <div className="stack-lg">
      <PageHeader
        title="Katalog SOP AP"
        description="Standar Operasional Prosedur Administrasi Pemerintahan setiap Perangkat Daerah (PermenPANRB 35/2012): format resmi, diagram alir dan waktu baku."
        actions={mayImport && <LinkButton href="/sops/import">Impor SOP</LinkButton>}
      />
      <SopFilters
        carried={carriedFilters(query)}
        q={query.q}
        agencyValue={agencyId ?? ALL_AGENCIES}
        unitId={unitId}
        sort={query.sort}
        agencyOptions={agencyOptions}
        unitOptions={unitOptions}
      />
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada SOP yang cocok" : "Katalog SOP masih kosong"}
            description={
              filtered
                ? "Ubah kata kunci, pilih Perangkat Daerah atau unit lain, atau atur ulang penyaring."
                : mayImport
                  ? "Impor dokumen SOP AP yang sudah disahkan untuk mengisi katalog."
                  : undefined
            }
            action={!filtered && mayImport ? <LinkButton href="/sops/import">Impor SOP</LinkButton> : undefined}
          />
        ) : (
          <div className="stack">
            <p className="muted">
              <strong>{formatNumber(list.total)} SOP</strong>
              {agency ? ` di ${agency.name}` : " di semua Perangkat Daerah"}
              {query.q ? ` untuk “${query.q}”` : ""}
            </p>
            <Table caption="Daftar SOP AP">
              <THead>
                <Tr>
                  <Th>Nomor</Th>
                  <Th>Nama SOP</Th>
                  <Th>Unit</Th>
                  <Th numeric>Langkah</Th>
                  <Th>Waktu baku</Th>
                  <Th numeric>Revisi</Th>
                </Tr>
              </THead>
              <TBody>
                {list.rows.map((sop) => (
                  <Tr key={sop.id}>
                    <Td nowrap className="text-sm">
                      {isMissingSopNumber(sop.number) ? <span className="muted">belum tercantum</span> : sop.number}
                    </Td>
                    <Td>
                      <Link href={`/sops/${sop.id}`}>{sop.title}</Link>
                      {sop.snippet && <SearchSnippet parts={sop.snippet} />}
                    </Td>
                    <Td>
                      {sop.unitName}
                      {sop.agencyName && sop.agencyName !== sop.unitName && (
                        <div className="muted text-sm">{sop.agencyName}</div>
                      )}
                    </Td>
                    <Td numeric>{formatNumber(sop.stepCount)}</Td>
                    <Td>
                      <span className="nowrap">{formatDuration(sop.totalMinutes)}</span>
                      {sop.unknownTimeSteps > 0 && (
                        <span className="muted text-sm">{` (+${formatNumber(sop.unknownTimeSteps)} langkah tanpa waktu)`}</span>
                      )}
                    </Td>
                    <Td numeric>
                      {sop.revisionNo}
                      {sop.pendingRevisionNo !== null && (
                        <div className="muted text-sm nowrap">{`rev ${sop.pendingRevisionNo} menunggu`}</div>
                      )}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </div>
        )}
        <Pagination
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          hrefForPage={pageHref("/sops", params)}
        />
      </Card>
    </div>
  );
}
