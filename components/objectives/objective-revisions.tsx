import type { ObjectiveDetail } from "@/lib/objectives/types";
import { formatDateTime } from "@/lib/utils/format";
import styles from "./objectives.module.css";

/** The approved definitions of an objective, newest first, each with the reason it was made. */
export function ObjectiveRevisions({ revisionNo, revisions }: Pick<ObjectiveDetail, "revisionNo" | "revisions">) {
  if (revisions.length === 0) return <p className="muted">Belum ada definisi yang disetujui.</p>;
  return (
    <ol className={styles.plainList} aria-label="Riwayat revisi">
      {revisions.map((r) => (
        <li key={r.revisionNo}>
          <p>
            <strong>{`Revisi ${r.revisionNo}`}</strong>
            {r.revisionNo === revisionNo && <span className="muted"> (berlaku)</span>}
            <span className="muted text-sm">
              {` · disetujui ${formatDateTime(r.approvedAt ?? r.createdAt)}${r.approvedBy ? ` oleh ${r.approvedBy}` : ""}`}
            </span>
          </p>
          <p className={`text-sm ${styles.note}`}>
            <span className="muted">Alasan: </span>
            {r.reason}
          </p>
        </li>
      ))}
    </ol>
  );
}
