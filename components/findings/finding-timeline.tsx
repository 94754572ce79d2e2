import { ACTIVITY_ACTION_LABELS, type ActivityAction } from "@/lib/activity/constants";
import type { TimelineEntry } from "@/lib/findings/types";
import { formatDateTime } from "@/lib/utils/format";
import styles from "./findings.module.css";

const label = (action: string) => (action === "create" ? "Temuan dicatat" : action === "update" ? "Bukti ditambahkan" : ACTIVITY_ACTION_LABELS[action as ActivityAction] ?? action);

/** Everything that happened to a finding, oldest first, with the reasons given. */
export function FindingTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className={styles.timeline} aria-label="Riwayat temuan">
      {entries.map((e) => (
        <li key={e.id}>
          <strong>{label(e.action)}</strong>
          <div className="muted text-sm">{formatDateTime(e.at)}{e.actorLabel ? ` · ${e.actorLabel}` : ""}</div>
          {e.reason && <p className={styles.prewrap}>{e.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
