import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditStatusBadge } from "@/components/audits/audit-status-badge";
import { AuditWorkflow } from "@/components/audits/audit-workflow";
import { MeetingSummary } from "@/components/audits/meeting-summary";
import { ScheduleTable } from "@/components/audits/schedule-table";
import { FindingList } from "@/components/findings/finding-list";
import { Alert, Badge, Card, DescriptionList, EmptyState, LinkButton, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import styles from "@/components/audits/audits.module.css";
import { requirePermission } from "@/lib/auth/session";
import { listFindingsOf } from "@/lib/findings/data";
import { AUDIT_TYPE_LABELS, MEETING_KINDS, TEAM_ROLE_LABELS } from "@/lib/audits/constants";
import { formatDate, formatDateTime } from "@/lib/utils/format";
import { loadAudit } from "./load";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const audit = await loadAudit((await params).id);
  return { title: audit ? `${audit.number}: ${audit.title}` : "Audit Internal" };
}

export default async function AuditPage({ params }: Props) {
  const user = await requirePermission("audit.read");
  const audit = await loadAudit((await params).id);
  if (!audit) notFound();
  const a = audit;
  const base = `/audits/${encodeURIComponent(a.id)}`;
  const dates = a.startDate.getTime() === a.endDate.getTime() ? formatDate(a.startDate) : `${formatDate(a.startDate)} – ${formatDate(a.endDate)}`;

  return (
    <div className="stack-lg">
      <PageHeader
        title={`${a.number} · ${a.title}`}
        description={
          <span className={styles.badges}>
            <AuditStatusBadge status={a.status} />
            <span>{`${AUDIT_TYPE_LABELS[a.type]} · ${a.agency.name} · ${dates}`}</span>
          </span>
        }
        breadcrumbs={[{ href: "/audits", label: "Audit Internal" }, { label: a.number }]}
        actions={<AuditWorkflow audit={a} />}
      />

      {a.status === "DIBATALKAN" && (
        <Alert tone="warning" title="Audit dibatalkan">
          <p className={styles.note}>{a.cancelReason}</p>
        </Alert>
      )}
      {a.status === "PELAPORAN" && !a.reportLockedAt && (
        <Alert tone="info">Audit dapat diselesaikan setelah laporan audit disetujui ketua tim, diterima auditi dan pimpinan, lalu dikunci.</Alert>
      )}

      <nav aria-label="Bagian audit" className={styles.actions}>
        <LinkButton href={`${base}/schedule`} variant="secondary">Jadwal</LinkButton>
        <LinkButton href={`${base}/meetings`} variant="secondary">Rapat pembukaan dan penutupan</LinkButton>
        <LinkButton href={`${base}/checklist`} variant="secondary">Daftar periksa</LinkButton>
        <LinkButton href={`${base}/report`} variant="secondary">Laporan audit</LinkButton>
        {a.allowed.copy && <LinkButton href={`/audits/new?from=${encodeURIComponent(a.id)}`} variant="ghost">Salin sebagai rencana baru</LinkButton>}
      </nav>

      <Card title="Rencana audit">
        <DescriptionList
          items={[
            { term: "Tujuan", description: <p className={styles.note}>{a.objectives}</p> },
            { term: "Kriteria", description: <p className={styles.note}>{a.criteria}</p> },
            { term: "Tanggal", description: dates },
            { term: "Tempat", description: a.place ?? "—" },
            { term: "Klausul ISO 9001:2015", description: a.clauses.length ? a.clauses.join(", ") : "—" },
            { term: "Diterbitkan", description: a.publishedAt ? formatDateTime(a.publishedAt) : "Belum diterbitkan" },
          ]}
        />
      </Card>

      <div className="grid-2">
        <Card title="Unit auditi">
          <ul className={styles.list}>
            {a.units.map((u) => (
              <li key={u.id}>
                {u.name}
                {u.representative && <span className="muted text-sm"> · wakil: {u.representative}</span>}
              </li>
            ))}
          </ul>
        </Card>
        <Card title="SOP yang diaudit">
          {a.sops.length === 0 ? (
            <p className="muted">Tidak ada SOP dalam lingkup.</p>
          ) : (
            <ul className={styles.list}>
              {a.sops.map((s) => (
                <li key={s.id}>
                  <Link href={`/sops/${encodeURIComponent(s.id)}`}>{s.number ? `${s.number} — ${s.title}` : s.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <Card title="Tim audit">
        {a.team.length === 0 ? (
          <p className="muted">Tim belum ditetapkan. Ubah rencana untuk memilih ketua dan anggota tim.</p>
        ) : (
          <ul className={styles.list}>
            {a.team.map((m) => (
              <li key={m.userId}>
                {m.name} <span className="muted text-sm">({m.unitName})</span> · {TEAM_ROLE_LABELS[m.role]}
                {m.crossAgency && <> <Badge tone="info">Audit silang</Badge></>}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title="Jadwal" actions={a.allowed.schedule && <LinkButton href={`${base}/schedule`} variant="secondary" size="sm">Susun jadwal</LinkButton>}>
        {a.schedule.length === 0 ? <p className="muted">Jadwal belum disusun.</p> : <ScheduleTable items={a.schedule} />}
      </Card>

      <Card title="Rapat" actions={a.allowed.meetings && <LinkButton href={`${base}/meetings`} variant="secondary" size="sm">Catat rapat</LinkButton>}>
        <div className="grid-2">
          {MEETING_KINDS.map((kind) => (
            <MeetingSummary key={kind} kind={kind} meeting={a.meetings.find((m) => m.kind === kind) ?? null} />
          ))}
        </div>
      </Card>

      <Card title="Temuan">
        <FindingList
          rows={await listFindingsOf(user, { auditId: a.id })}
          caption="Temuan audit ini"
          hide={["source"]}
          emptyTitle="Belum ada temuan; temuan muncul di sini saat auditor menjawab butir daftar periksa dengan KTS atau observasi."
        />
      </Card>
    </div>
  );
}
