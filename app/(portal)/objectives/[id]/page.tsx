import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TargetLineChart, type TargetLine } from "@/components/charts/target-line-chart";
import { MeasurementDialogButton } from "@/components/objectives/measurement-dialog-button";
import { MeasurementTable } from "@/components/objectives/measurement-table";
import { ObjectiveDefinition } from "@/components/objectives/objective-definition";
import { ObjectiveHistory } from "@/components/objectives/objective-history";
import { ObjectiveRevisions } from "@/components/objectives/objective-revisions";
import { ObjectiveSopList } from "@/components/objectives/objective-sop-list";
import { ObjectiveStatusBadge } from "@/components/objectives/objective-status-badge";
import { ObjectiveWorkflow } from "@/components/objectives/objective-workflow";
import { PendingRevision } from "@/components/objectives/pending-revision";
import { ObjectiveFindings } from "@/components/findings/objective-findings";
import { listFindingsOf, mayRaiseOnUnit } from "@/lib/findings/data";
import { Alert, Card, PageHeader } from "@/components/ui";
import { listRecordActivity } from "@/lib/activity/data";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requirePermission } from "@/lib/auth/session";
import { getObjective, historyNames } from "@/lib/objectives/data";
import { MEASUREMENT_GRACE_DAYS } from "@/lib/objectives/constants";
import { periodStart } from "@/lib/objectives/rules";
import type { ObjectiveDetail } from "@/lib/objectives/types";
import styles from "@/components/objectives/objectives.module.css";

type Props = { params: Promise<{ id: string }> };

// generateMetadata and the page read the same objective in one request.
const loadObjective = cache(async (id: string) => {
  const user = await getCurrentUser();
  if (!user || !can(user, "objective.read")) return null;
  return getObjective(user, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const objective = await loadObjective((await params).id);
  return { title: objective ? `${objective.code} ${objective.year}: ${objective.statement}` : "Sasaran Mutu" };
}

function targetLineOf(o: ObjectiveDetail): TargetLine | null {
  if (o.direction === "RENTANG") {
    return o.targetLow !== null && o.targetHigh !== null ? { kind: "range", low: o.targetLow, high: o.targetHigh, text: o.targetText } : null;
  }
  return o.target !== null ? { kind: "single", value: o.target, text: o.targetText } : null;
}

export default async function ObjectivePage({ params }: Props) {
  const user = await requirePermission("objective.read");
  const objective = await loadObjective((await params).id);
  if (!objective) notFound();
  const o = objective;

  const now = new Date();
  const periods = o.periods.map((p) => ({ ...p, started: periodStart(o.year, o.frequency, p.period).getTime() <= now.getTime() }));
  const spec = { direction: o.direction, target: o.target, targetLow: o.targetLow, targetHigh: o.targetHigh };
  const measureTarget = { id: o.id, code: o.code, year: o.year, spec, targetText: o.targetText, measureUnit: o.measureUnit, bounds: o.valueBounds };
  const openPeriods = periods.filter((p) => p.started && !p.measurement).map((p) => ({ value: String(p.period), label: `${p.label} ${o.year}` }));
  const measured = periods.filter((p) => p.measurement).length;
  const achieved = periods.filter((p) => p.achievement === "TERCAPAI").length;
  const late = periods.filter((p) => p.late).length;

  const history = can(user, "activity.read", { unitPath: o.unit.path }) ? await listRecordActivity(user, "objective", o.id, o.unit.path) : null;
  const names = { ...(history ? await historyNames(history) : {}), [o.unit.id]: o.unit.name, [o.owner.id]: o.owner.name };

  return (
    <div className="stack-lg">
      <PageHeader
        title={`${o.code} · ${o.statement}`}
        description={
          <span className={styles.badges}>
            <ObjectiveStatusBadge status={o.status} />
            <span>{`${o.unit.name} · tahun ${o.year} · revisi ${o.revisionNo}`}</span>
          </span>
        }
        breadcrumbs={[{ href: "/objectives", label: "Sasaran Mutu" }, { label: `${o.code} (${o.year})` }]}
        actions={<ObjectiveWorkflow objective={o} />}
      />

      {o.status === "DIKEMBALIKAN" && o.returnNote && (
        <Alert tone="warning" title="Dikembalikan oleh pimpinan">
          <p className={styles.note}>{o.returnNote}</p>
        </Alert>
      )}
      {o.status === "DIAJUKAN" && (
        <Alert tone="info">Sasaran ini menunggu persetujuan pimpinan.</Alert>
      )}
      {o.status === "DITUTUP" && (
        <Alert tone="info" title="Sasaran ini sudah ditutup">
          {o.closedReason && <p className={styles.note}>{o.closedReason}</p>}
        </Alert>
      )}

      <PendingRevision objective={o} />

      <div className={styles.layout}>
        <Card title={o.approvedAt ? `Definisi yang berlaku (revisi ${o.revisionNo})` : "Definisi sasaran"}>
          <ObjectiveDefinition objective={o} />
        </Card>
        <div className="stack-lg">
          <Card title="SOP terkait">
            <ObjectiveSopList sops={o.sops} />
          </Card>
          <Card title="Riwayat revisi">
            <ObjectiveRevisions revisionNo={o.revisionNo} revisions={o.revisions} />
          </Card>
        </div>
      </div>

      <Card
        title="Pengukuran"
        actions={
          o.allowed.measure &&
          openPeriods.length > 0 && (
            <MeasurementDialogButton label="Catat pengukuran" variant="primary" size="md" objective={measureTarget} periods={openPeriods} />
          )
        }
      >
        <div className="stack">
          <p className="muted">
            {`${measured} dari ${periods.length} periode diukur, ${achieved} tercapai`}
            {late > 0 ? `, ${late} terlambat (lewat ${MEASUREMENT_GRACE_DAYS} hari setelah akhir periode).` : "."}
            {!o.approvedAt && " Pengukuran dapat dicatat setelah sasaran disetujui pimpinan."}
          </p>
          <MeasurementTable objective={measureTarget} periods={periods} mayMeasure={o.allowed.measure} />
        </div>
      </Card>

      <Card title="Grafik realisasi terhadap target">
        <TargetLineChart
          title={`Realisasi ${o.code} tahun ${o.year}`}
          data={periods.map((p) => ({ label: p.label, value: p.measurement?.value ?? null }))}
          target={targetLineOf(o)}
          unit={o.measureUnit}
          floor={o.valueBounds.min}
        />
      </Card>

      {can(user, "finding.read", { unitPath: o.unit.path }) && (
        <Card title="Temuan">
          <ObjectiveFindings
            objectiveId={o.id}
            missedPeriods={periods.filter((p) => p.achievement === "TIDAK_TERCAPAI").map((p) => ({ period: p.period, label: `${p.label} ${o.year}` }))}
            findings={await listFindingsOf(user, { objectiveId: o.id })}
            mayRaise={mayRaiseOnUnit(user, o.unit.path)}
          />
        </Card>
      )}

      {history && (
        <Card title="Riwayat perubahan">
          <ObjectiveHistory entries={history} context={{ frequency: o.frequency, year: o.year, measureUnit: o.measureUnit, names }} />
        </Card>
      )}
    </div>
  );
}
