import Link from "next/link";
import { DescriptionList } from "@/components/ui";
import { DIRECTION_LABELS, FREQUENCY_LABELS, PERSPECTIVE_LABELS } from "@/lib/objectives/constants";
import { describeBounds } from "@/lib/objectives/rules";
import type { ObjectiveDetail } from "@/lib/objectives/types";
import { formatDate } from "@/lib/utils/format";
import { formatDecimal } from "@/lib/utils/number";
import styles from "./objectives.module.css";

/** The definition of a sasaran mutu: what is measured, against what, by whom. */
export function ObjectiveDefinition({ objective: o }: { objective: ObjectiveDetail }) {
  return (
    <DescriptionList
      items={[
        { term: "Pernyataan sasaran", description: o.statement },
        { term: "Unit", description: o.unit.name },
        { term: "Tahun", description: o.year },
        { term: "Perspektif", description: PERSPECTIVE_LABELS[o.perspective] },
        { term: "Indikator", description: o.indicator },
        { term: "Rumus / cara ukur", description: o.formula && <span className={styles.note}>{o.formula}</span> },
        { term: "Satuan", description: o.measureUnit },
        {
          term: "Target",
          description: (
            <>
              <strong className="tabular">{o.targetText}</strong>
              <span className="muted">{` · ${DIRECTION_LABELS[o.direction]}`}</span>
            </>
          ),
        },
        { term: "Nilai yang mungkin", description: describeBounds(o.valueBounds, o.measureUnit, formatDecimal) },
        { term: "Baseline", description: o.baseline === null ? null : `${formatDecimal(o.baseline)} ${o.measureUnit}`.trim() },
        { term: "Frekuensi pengukuran", description: FREQUENCY_LABELS[o.frequency] },
        { term: "PIC", description: o.owner.name },
        { term: "Sumber data", description: o.dataSource },
        { term: "Proses terkait", description: o.processes },
        {
          term: "Kebijakan mutu",
          description: o.policy && (
            <div className="stack-sm">
              {o.policy.commitmentNo !== null && (
                <span>{`Komitmen ${o.policy.commitmentNo}: ${o.policy.commitment ?? "(tidak ada pada versi ini)"}`}</span>
              )}
              <Link href={`/objectives/policy/${encodeURIComponent(o.policy.id)}`} className="text-sm">
                {`Kebijakan Mutu versi ${o.policy.versionNo}`}
              </Link>
            </div>
          ),
        },
        {
          term: "Revisi",
          description: (
            <>
              {`Revisi ${o.revisionNo}`}
              {o.approvedAt && (o.status === "DISETUJUI" || o.status === "DITUTUP") ? (
                <span className="muted">{` · disetujui ${o.approvedBy ?? "pimpinan"} pada ${formatDate(o.approvedAt)}`}</span>
              ) : (
                <span className="muted"> · belum disetujui</span>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
