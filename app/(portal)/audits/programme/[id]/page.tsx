import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivityHistory } from "@/components/activity/activity-history";
import { ProgrammeRounds } from "@/components/audits/programme/programme-rounds";
import { ProgrammeStatusBadge } from "@/components/audits/programme/programme-status-badge";
import { ProgrammeWorkflow } from "@/components/audits/programme/programme-workflow";
import { RiskTable } from "@/components/audits/programme/risk-table";
import { Alert, Card, LinkButton, PageHeader } from "@/components/ui";
import { listRecordActivity } from "@/lib/activity/data";
import { getProgramme, programmeRisks } from "@/lib/audits/programme-data";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/utils/format";
import { PROGRAMME_STATUS_LABELS } from "@/lib/audits/programme-constants";
import styles from "@/components/audits/programme/programme.module.css";

export const metadata: Metadata = { title: "Program Audit" };

export default async function ProgrammePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("audit.read");
  const p = await getProgramme(user, (await params).id);
  if (!p) notFound();
  const risks = await programmeRisks(user, p.agency.id);
  const history = can(user, "activity.read", { unitPath: p.agency.path }) ? await listRecordActivity(user, "audit_programme", p.id, p.agency.path) : null;

  return (
    <div className="stack-lg">
      <PageHeader
        title={`Program audit ${p.year}`}
        description={
          <span className="row">
            <ProgrammeStatusBadge status={p.status} />
            <span>{p.agency.name}</span>
          </span>
        }
        breadcrumbs={[{ href: "/audits/programme", label: "Program audit" }, { label: `Program ${p.year}` }]}
        actions={
          <>
            <ProgrammeWorkflow programme={p} />
            <LinkButton href={`/audits/coverage?agencyId=${encodeURIComponent(p.agency.id)}&year=${p.year}`} variant="secondary">Cakupan</LinkButton>
          </>
        }
      />
      {p.status === "DIKEMBALIKAN" && p.returnNote && (
        <Alert tone="warning" title="Dikembalikan oleh pimpinan"><p className={styles.note}>{p.returnNote}</p></Alert>
      )}
      {p.status === "DIAJUKAN" && <Alert tone="info">Program ini menunggu persetujuan pimpinan.</Alert>}
      {p.status === "DISETUJUI" && p.approvedAt && <Alert tone="success">Disetujui {p.approvedBy ?? ""} pada {formatDate(p.approvedAt)}.</Alert>}
      {p.status === "DRAF" && p.reopenReason && (
        <Alert tone="info" title="Dibuka untuk perubahan"><p className={styles.note}>{p.reopenReason}</p></Alert>
      )}
      <Card title="Tujuan program">
        <p className={styles.note}>{p.objectives}</p>
        {p.copiedFrom && <p className="muted">Disusun dari program tahun {p.copiedFrom.year}.</p>}
      </Card>
      <ProgrammeRounds rounds={p.rounds} />
      <Card title="Prioritas berbasis risiko">
        <div className={styles.scroll}>
          <RiskTable rows={risks} />
        </div>
      </Card>
      {history && (
        <Card title="Riwayat">
          <ActivityHistory
            entries={history}
            labels={{
              fieldLabels: { status: "Status", year: "Tahun", objectives: "Tujuan", rounds: "Putaran" },
              valueLabels: { status: PROGRAMME_STATUS_LABELS },
            }}
          />
        </Card>
      )}
    </div>
  );
}
