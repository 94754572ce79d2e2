import { EmptyState } from "@/components/ui";
import { ACTIVITY_ACTION_LABELS, type ActivityAction } from "@/lib/activity/constants";
import type { ActivityEntry } from "@/lib/activity/data";
import { describeChange, type DiffOptions } from "@/lib/activity/diff";
import { formatDateTime } from "@/lib/utils/format";
import styles from "./activity-history.module.css";

export type ActivityHistoryProps = {
  entries: ActivityEntry[];
  /** Labels for field names and values (enums, unit ids) of this kind of record. */
  labels?: DiffOptions;
};

const actionLabel = (action: string) => ACTIVITY_ACTION_LABELS[action as ActivityAction] ?? action;

/** The change history of one record as a timeline, newest first. */
export function ActivityHistory({ entries, labels }: ActivityHistoryProps) {
  if (entries.length === 0) {
    return <EmptyState title="Belum ada riwayat perubahan" />;
  }
  const sorted = [...entries].sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id);
  return (
    <ol className={styles.timeline} aria-label="Riwayat perubahan">
      {sorted.map((entry) => {
        const lines = describeChange(entry.before, entry.after, labels);
        return (
          <li key={entry.id} className={styles.entry}>
            <p className={styles.heading}>
              <span className={styles.action}>{actionLabel(entry.action)}</span>
              <span className="muted text-sm">
                <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
                {" · oleh "}
                {entry.actorLabel ?? "Sistem"}
              </span>
            </p>
            {lines.length > 0 && (
              <ul className={styles.changes}>
                {lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
            {entry.reason && (
              <p className="text-sm">
                <span className="muted">Alasan: </span>
                {entry.reason}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
