import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActivityHistory } from "@/components/activity/activity-history";
import { CaRound } from "@/components/corrective-actions/ca-round";
import { CaStatusBadge, OverdueBadge } from "@/components/corrective-actions/ca-status-badge";
import { CaWorkflow } from "@/components/corrective-actions/ca-workflow";
import { Alert, Card, DescriptionList, PageHeader } from "@/components/ui";
import { listRecordActivity } from "@/lib/activity/data";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requirePermission } from "@/lib/auth/session";
import { CATEGORY_LABELS } from "@/lib/corrective-actions/constants";
import { getCorrectiveAction } from "@/lib/corrective-actions/data";
import { planGaps } from "@/lib/corrective-actions/rules";
import { formatDate } from "@/lib/utils/format";

type Props = { params: Promise<{ id: string }> };

const loadCa = cache(async (id: string) => {
  const user = await getCurrentUser();
  if (!user || !can(user, "corrective_action.read")) return null;
  return getCorrectiveAction(user, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ca = await loadCa((await params).id);
  return { title: ca ? `Tindakan perbaikan ${ca.finding.number} (putaran ${ca.current.round})` : "Tindakan Perbaikan" };
}

export default async function CorrectiveActionPage({ params }: Props) {
  const user = await requirePermission("corrective_action.read");
  const ca = await loadCa((await params).id);
  if (!ca) notFound();
  const { finding, current } = ca;
  const latest = ca.rounds[0]!;
  const earlier = ca.rounds.filter((r) => r.id !== current.id);
  const history = can(user, "activity.read", { unitPath: ca.unitPath }) ? await listRecordActivity(user, "corrective_action", current.id, ca.unitPath) : null;
  const gaps = planGaps({ correction: current.correction, causeCount: current.causes.length, itemCount: current.items.length });
  const picOptions = ca.options.pics.map((p) => ({ value: p.id, label: p.name }));
  const sopOptions = ca.options.sops.map((s) => ({ value: s.id, label: s.label }));

  return (
    <div className="stack-lg">
      <PageHeader
        title={`Tindakan perbaikan ${finding.number}`}
        description={
          <span className="row">
            <CaStatusBadge status={current.status} />
            {current.overdue && <OverdueBadge />}
            <span>{`${CATEGORY_LABELS[finding.category]} · ${finding.unitName} · putaran ${current.round} · tenggat ${formatDate(current.dueDate)}`}</span>
          </span>
        }
        breadcrumbs={[{ href: "/corrective-actions", label: "Tindakan Perbaikan" }, { label: `${finding.number} (putaran ${current.round})` }]}
        actions={<CaWorkflow record={{ id: current.id, version: current.version }} transitions={current.transitions} />}
      />

      {latest.id !== current.id && (
        <Alert tone="info" title="Putaran ini sudah selesai dan hanya dapat dibaca">
          <Link href={`/corrective-actions/${encodeURIComponent(latest.id)}`}>{`Buka putaran ${latest.round} yang berjalan`}</Link>
        </Alert>
      )}
      {current.canPlan && gaps.length > 0 && (
        <Alert tone="info" title="Sebelum rencana dapat diajukan">
          {`Lengkapi: ${gaps.join(", ")}.`}
        </Alert>
      )}
      {current.canRecordDone && (
        <Alert tone="info">{`${current.items.filter((i) => i.status === "SELESAI").length} dari ${current.items.length} tindakan dicatat selesai. Laporkan selesai setelah semua tindakan dilaksanakan dengan buktinya.`}</Alert>
      )}
      {current.status === "RENCANA_DIAJUKAN" && <Alert tone="info">Rencana menunggu persetujuan manajer mutu atau ketua tim audit.</Alert>}
      {current.status === "DILAKSANAKAN" && current.verifiableFrom && (
        <Alert tone="info">{`Semua tindakan dilaksanakan. Efektivitas dapat diverifikasi mulai ${formatDate(current.verifiableFrom)}.`}</Alert>
      )}

      <Card title="Temuan">
        <DescriptionList
          items={[
            { term: "Nomor", description: finding.number },
            { term: "Pernyataan ketidaksesuaian", description: finding.statement },
            { term: "Bukti objektif", description: finding.evidence },
            { term: "Lokasi", description: finding.sop ? `${finding.unitName} · SOP ${finding.sop.title}` : finding.unitName },
            { term: "Klausul", description: finding.clauseCode ?? "—" },
            ...(finding.audit ? [{ term: "Audit", description: finding.audit.number }] : []),
            { term: "Temuan", description: <Link href={`/findings/${encodeURIComponent(finding.id)}`}>Buka halaman temuan</Link> },
          ]}
        />
      </Card>

      <Card title={`Putaran ${current.round}`}>
        <CaRound round={current} picOptions={picOptions} sopOptions={sopOptions} />
      </Card>

      {earlier.map((round) => (
        <Card key={round.id} title={`Putaran ${round.round} (${round.id === latest.id ? "berjalan" : "selesai, hanya baca"})`}>
          <p>
            <Link href={`/corrective-actions/${encodeURIComponent(round.id)}`}>{`Buka putaran ${round.round}`}</Link>
          </p>
          <CaRound round={{ ...round, canPlan: false, canRecordDone: false }} picOptions={[]} sopOptions={[]} />
        </Card>
      ))}

      {history && (
        <Card title="Riwayat perubahan">
          <ActivityHistory entries={history} />
        </Card>
      )}
    </div>
  );
}
