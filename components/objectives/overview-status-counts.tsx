import Link from "next/link";
import { OBJECTIVE_STATUSES, OBJECTIVE_STATUS_LABELS, type ObjectiveStatus } from "@/lib/objectives/constants";
import styles from "./overview-status-counts.module.css";
import { formatNumber } from "@/lib/utils/number";


export type OverviewStatusCountsProps = {
  counts: Record<ObjectiveStatus, number>;
  /** The list's filters (year, unit) each count leads to, with its status added. */
  listQuery: Record<string, string>;
};

/** How many objectives of the year are in each workflow status, each linking to the list. */
export function OverviewStatusCounts({ counts, listQuery }: OverviewStatusCountsProps) {
  return (
    <dl className={styles.counts} aria-label="Jumlah sasaran mutu per status">
      {OBJECTIVE_STATUSES.map((status) => (
        <div key={status} className={`${styles.count} ${styles[status.toLowerCase()] ?? ""}`}>
          <dt className={styles.label}>{OBJECTIVE_STATUS_LABELS[status]}</dt>
          <dd className={styles.value}>
            <Link href={`/objectives?${new URLSearchParams({ ...listQuery, status })}`} aria-label={`${formatNumber(counts[status])} sasaran berstatus ${OBJECTIVE_STATUS_LABELS[status]}`}>
              {formatNumber(counts[status])}
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
