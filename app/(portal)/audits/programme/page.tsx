import type { Metadata } from "next";
import Link from "next/link";
import { ProgrammeCopyForm } from "@/components/audits/programme/programme-copy-form";
import { ProgrammeStatusBadge } from "@/components/audits/programme/programme-status-badge";
import { Card, EmptyState, LinkButton, PageHeader, Table, TBody, THead, Td, Th, Tr } from "@/components/ui";
import { MONTH_SHORT } from "@/lib/audits/programme-constants";
import { listProgrammes } from "@/lib/audits/programme-data";
import { programmeListQuerySchema } from "@/lib/audits/programme-schema";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Program Audit Internal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProgrammesPage({ searchParams }: Props) {
  const user = await requirePermission("audit.read");
  const query = programmeListQuerySchema.parse(await searchParams);
  const rows = await listProgrammes(user, query);
  const mayManage = can(user, "audit_programme.manage");
  const nextYear = new Date().getFullYear() + 1;
  const sources = rows.filter((r) => r.status !== "DIBATALKAN").map((r) => ({ id: r.id, year: r.year, label: `${r.agencyName} ${r.year}` }));

  return (
    <div className="stack-lg">
      <PageHeader
        title="Program Audit Internal"
        description="Program audit tahunan per Perangkat Daerah: putaran, unit, SOP, klausul dan bulan rencana (ISO 9001:2015 klausul 9.2.2)."
        breadcrumbs={[{ href: "/audits", label: "Audit Internal" }, { label: "Program audit" }]}
        actions={
          <>
            {mayManage && <LinkButton href="/audits/programme/new">Susun program</LinkButton>}
            <LinkButton href="/audits/coverage" variant="secondary">Cakupan dan kalender</LinkButton>
            {can(user, "auditor_pool.read") && <LinkButton href="/audits/auditors" variant="secondary">Auditor</LinkButton>}
          </>
        }
      />
      <Card>
        {rows.length === 0 ? (
          <EmptyState title="Belum ada program audit" description={mayManage ? "Susun program audit tahun ini, atau mulai dari program tahun lalu." : "Program audit disusun oleh manajer mutu."} />
        ) : (
          <Table caption="Program audit">
            <THead>
              <Tr>
                <Th>Tahun</Th>
                <Th>Perangkat Daerah</Th>
                <Th>Status</Th>
                <Th>Putaran</Th>
                <Th numeric>Rencana audit</Th>
              </Tr>
            </THead>
            <TBody>
              {rows.map((r) => (
                <Tr key={r.id}>
                  <Td><Link href={`/audits/programme/${encodeURIComponent(r.id)}`}>Program {r.year}</Link></Td>
                  <Td>{r.agencyName}</Td>
                  <Td><ProgrammeStatusBadge status={r.status} /></Td>
                  <Td>{r.rounds.map((x) => `${x.roundNo}. ${x.name} (${MONTH_SHORT[x.startMonth - 1]}–${MONTH_SHORT[x.endMonth - 1]}, ${x.units} unit)`).join("; ")}</Td>
                  <Td numeric>{r.audits}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      {mayManage && sources.length > 0 && (
        <Card title="Mulai dari program tahun lalu">
          <ProgrammeCopyForm sources={sources} defaultYear={Math.max(nextYear - 1, ...sources.map((s) => s.year + 1))} />
        </Card>
      )}
    </div>
  );
}
