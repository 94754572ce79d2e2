import type { Metadata } from "next";
import Link from "next/link";
import { AuditStatusBadge } from "@/components/audits/audit-status-badge";
import { AuditTable } from "@/components/audits/audit-table";
import { ScheduleTable } from "@/components/audits/schedule-table";
import { Card, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { TEAM_ROLE_LABELS } from "@/lib/audits/constants";
import { listAuditeeAudits, listMyAudits } from "@/lib/audits/data";
import { formatDate } from "@/lib/utils/format";

export const metadata: Metadata = { title: "Audit saya" };

export default async function MyAuditsPage() {
  const user = await requirePermission("audit.read");
  const [mine, auditee] = await Promise.all([listMyAudits(user), listAuditeeAudits(user)]);
  const today = mine.flatMap((a) => a.todaySessions.map((s) => ({ ...s, note: `${a.number} · ${a.title}` })));
  const isAuditee = user.grants.some((g) => g.role === "AUDITEE");

  return (
    <div className="stack-lg">
      <PageHeader title="Audit saya" description="Audit tempat Anda ditugaskan sebagai auditor, sesi hari ini, dan audit atas unit Anda." breadcrumbs={[{ href: "/audits", label: "Audit Internal" }, { label: "Audit saya" }]} />
      <Card title="Sesi hari ini">
        {today.length === 0 ? <p className="muted">Tidak ada sesi audit untuk Anda hari ini.</p> : <ScheduleTable items={today} caption="Sesi audit hari ini" />}
      </Card>
      <Card title="Penugasan sebagai auditor">
        {mine.length === 0 ? (
          <EmptyState title="Belum ada penugasan" description="Audit tempat Anda menjadi ketua atau anggota tim akan tampil di sini." />
        ) : (
          <Table caption="Audit tempat Anda ditugaskan">
            <THead>
              <Tr><Th>Nomor</Th><Th>Audit</Th><Th>Peran</Th><Th>Tanggal</Th><Th>Status</Th></Tr>
            </THead>
            <TBody>
              {mine.map((a) => (
                <Tr key={a.id}>
                  <Td nowrap>{a.number}</Td>
                  <Td>
                    <Link href={`/audits/${encodeURIComponent(a.id)}`}>{a.title}</Link>
                    <div className="muted text-sm">{a.unitNames.join(", ")}</div>
                  </Td>
                  <Td className="text-sm">{TEAM_ROLE_LABELS[a.myRole]}</Td>
                  <Td nowrap className="text-sm">{formatDate(a.startDate)}</Td>
                  <Td><AuditStatusBadge status={a.status} /></Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      {isAuditee && (
        <Card title="Audit atas unit saya">
          {auditee.length === 0 ? <p className="muted">Belum ada audit terbit atas unit Anda.</p> : <AuditTable rows={auditee} caption="Audit atas unit Anda" />}
        </Card>
      )}
    </div>
  );
}
