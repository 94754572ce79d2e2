import type { ObjectiveDetail } from "@/lib/objectives/types";
import { formatDateTime } from "@/lib/utils/format";
import styles from "./objectives.module.css";

/** The revisions of an objective's definition, newest first, each with the reason it was made. */
export function ObjectiveRevisions({ revisionNo, revisions }: Pick<ObjectiveDetail, "revisionNo" | "revisions">) {
  return (
    <ol className={styles.plainList} aria-label="Riwayat revisi">
      {revisions.map((r) => (
        <li key={r.revisionNo}>
          <p>
            <strong>{`Revisi ${r.revisionNo + 1}`}</strong>
            {r.revisionNo + 1 === revisionNo && <span className="muted"> (berlaku)</span>}
            <span className="muted text-sm">{` · ${formatDateTime(r.createdAt)}${r.createdBy ? ` · oleh ${r.createdBy}` : ""}`}</span>
          </p>
          <p className={`text-sm ${styles.note}`}>
            <span className="muted">Alasan: </span>
            {r.reason}
          </p>
        </li>
      ))}
      <li>
        <p>
          <strong>Revisi 1</strong>
          {revisionNo === 1 && <span className="muted"> (berlaku)</span>}
          <span className="muted text-sm"> · definisi awal</span>
        </p>
      </li>
    </ol>
  );
}
