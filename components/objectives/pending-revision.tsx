import { Alert, Card } from "@/components/ui";
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { transitionObjectiveRevisionAction } from "@/lib/objectives/actions";
import { DIRECTION_LABELS, FREQUENCY_LABELS, PERSPECTIVE_LABELS, REVISION_STATUS_LABELS } from "@/lib/objectives/constants";
import type { ObjectiveDetail, PendingRevisionView } from "@/lib/objectives/types";
import { formatDecimal } from "@/lib/utils/number";
import { formatDateTime } from "@/lib/utils/format";
import styles from "./objectives.module.css";

const FIELDS: { key: string; label: string; show?: (v: unknown) => string }[] = [
  { key: "statement", label: "Pernyataan" },
  { key: "perspective", label: "Perspektif", show: (v) => PERSPECTIVE_LABELS[v as keyof typeof PERSPECTIVE_LABELS] ?? String(v) },
  { key: "indicator", label: "Indikator" },
  { key: "formula", label: "Rumus" },
  { key: "measureUnit", label: "Satuan" },
  { key: "direction", label: "Arah target", show: (v) => DIRECTION_LABELS[v as keyof typeof DIRECTION_LABELS] ?? String(v) },
  { key: "target", label: "Target", show: (v) => formatDecimal(v as number | null) },
  { key: "targetLow", label: "Batas bawah", show: (v) => formatDecimal(v as number | null) },
  { key: "targetHigh", label: "Batas atas", show: (v) => formatDecimal(v as number | null) },
  { key: "baseline", label: "Nilai dasar", show: (v) => formatDecimal(v as number | null) },
  { key: "valueMin", label: "Nilai terkecil yang mungkin", show: (v) => formatDecimal(v as number | null) },
  { key: "valueMax", label: "Nilai terbesar yang mungkin", show: (v) => formatDecimal(v as number | null) },
  { key: "frequency", label: "Frekuensi", show: (v) => FREQUENCY_LABELS[v as keyof typeof FREQUENCY_LABELS] ?? String(v) },
  { key: "dataSource", label: "Sumber data" },
  { key: "processes", label: "Proses terkait" },
];

const text = (v: unknown, show?: (v: unknown) => string) => (v === null || v === undefined || v === "" ? "—" : show ? show(v) : String(v));

/** What the pending revision changes, field by field, against the definition in force. */
function changesOf(objective: ObjectiveDetail, revision: PendingRevisionView) {
  const inForce = objective as unknown as Record<string, unknown>;
  const changes = FIELDS.filter((f) => (revision.definition[f.key] ?? null) !== (inForce[f.key] ?? null)).map((f) => ({
    label: f.label,
    from: text(inForce[f.key], f.show),
    to: text(revision.definition[f.key], f.show),
  }));
  const sopsBefore = objective.sops.map((s) => s.id).sort().join(",");
  const sopsAfter = [...(revision.definition.sopIds ?? [])].sort().join(",");
  if (sopsBefore !== sopsAfter) changes.push({ label: "SOP terkait", from: `${objective.sops.length} SOP`, to: `${revision.definition.sopIds?.length ?? 0} SOP` });
  return changes;
}

/** The revision waiting to replace the definition in force, with its workflow buttons. */
export function PendingRevision({ objective }: { objective: ObjectiveDetail }) {
  const revision = objective.pendingRevision;
  if (!revision) return null;
  const changes = changesOf(objective, revision);
  return (
    <Card
      title={`Revisi ${revision.revisionNo}: ${REVISION_STATUS_LABELS[revision.status].toLowerCase()}`}
      actions={<WorkflowActions record={revision} transitions={revision.transitions} action={transitionObjectiveRevisionAction} />}
    >
      <div className="stack">
        <p className="muted text-sm">
          {`Disusun ${formatDateTime(revision.createdAt)}${revision.createdBy ? ` oleh ${revision.createdBy}` : ""}. `}
          Sampai revisi ini disetujui, definisi yang berlaku tetap dipakai untuk pengukuran dan ikhtisar.
        </p>
        <p className={styles.note}>
          <span className="muted">Alasan revisi: </span>
          {revision.reason}
        </p>
        {revision.status === "DIKEMBALIKAN" && revision.returnNote && (
          <Alert tone="warning" title="Dikembalikan oleh pimpinan">
            <p className={styles.note}>{revision.returnNote}</p>
          </Alert>
        )}
        {changes.length === 0 ? (
          <p className="muted">Revisi ini belum mengubah isian apa pun.</p>
        ) : (
          <table className={styles.changes}>
            <caption className="visually-hidden">Perubahan yang diusulkan</caption>
            <thead>
              <tr>
                <th scope="col">Isian</th>
                <th scope="col">Berlaku</th>
                <th scope="col">Usulan revisi</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.label}>
                  <th scope="row">{c.label}</th>
                  <td>{c.from}</td>
                  <td>{c.to}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Card>
  );
}
