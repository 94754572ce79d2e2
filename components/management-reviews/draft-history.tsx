// Each submitted draft of the minutes, who returned it and why, and what changed in the next one.
import { Card } from "@/components/ui";
import type { DraftView } from "@/lib/management-reviews/types";
import type { DraftChange } from "@/lib/management-reviews/rules";
import { formatDateTime } from "@/lib/utils/format";
import styles from "./reviews.module.css";

const STEP = { paraf: "pemaraf", tanda_tangan: "pimpinan (tanda tangan)" } as const;

function Changes({ changes }: { changes: DraftChange[] }) {
  if (changes.length === 0) return <p className="text-sm muted">Tidak ada perubahan isi.</p>;
  return (
    <ul className={styles.list}>
      {changes.map((c, i) => <li key={i}>{`${c.part} ${c.kind}: ${c.text}`}</li>)}
    </ul>
  );
}

export function DraftHistory({ drafts, pendingChanges, draftNo }: { drafts: DraftView[]; pendingChanges: DraftChange[] | null; draftNo: number }) {
  return (
    <Card title="Draf notulen">
      <div className="stack">
        {pendingChanges && (
          <div>
            <h3>{`Draf ${draftNo} (sedang diperbaiki): perubahan sejak draf ${draftNo - 1}`}</h3>
            <Changes changes={pendingChanges} />
          </div>
        )}
        {[...drafts].reverse().map((d) => (
          <div key={d.number}>
            <h3>{`Draf ${d.number} · diajukan ${formatDateTime(d.submittedAt)}`}</h3>
            {d.returnedAt && d.returnedStep && (
              <p className={styles.note}>{`Dikembalikan oleh ${STEP[d.returnedStep]} ${formatDateTime(d.returnedAt)}: ${d.returnNote ?? ""}`}</p>
            )}
            {d.number > 1 && (
              <>
                <p className="text-sm muted">{`Perubahan dari draf ${d.number - 1}:`}</p>
                <Changes changes={d.changes} />
              </>
            )}
          </div>
        ))}
      </div>
    </Card>
  );
}
