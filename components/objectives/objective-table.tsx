import Link from "next/link";
import { RegisterTable, type RegisterColumn } from "@/components/ui";
import { FREQUENCY_LABELS } from "@/lib/objectives/constants";
import type { ObjectiveRow } from "@/lib/objectives/types";
import { AchievementSummary } from "./achievement-summary";
import { ObjectiveStatusBadge } from "./objective-status-badge";
import styles from "./objectives.module.css";

const columns = (showYear: boolean): RegisterColumn<ObjectiveRow>[] => [
  {
    header: "Kode",
    nowrap: true,
    cell: (row) => (
      <>
        <span className={styles.code}>{row.code}</span>
        {showYear && <div className="muted text-sm">{row.year}</div>}
      </>
    ),
  },
  { header: "Sasaran", className: styles.statement, cell: (row) => <Link href={`/objectives/${encodeURIComponent(row.id)}`}>{row.statement}</Link> },
  { header: "Unit", className: "text-sm", cell: (row) => row.unitName },
  { header: "Target", nowrap: true, className: "tabular", cell: (row) => row.targetText },
  { header: "Frekuensi", className: "text-sm", cell: (row) => FREQUENCY_LABELS[row.frequency] },
  { header: "PIC", className: "text-sm", cell: (row) => row.ownerName },
  { header: "Status", cell: (row) => <ObjectiveStatusBadge status={row.status} /> },
  {
    header: "Capaian",
    cell: (row) => <AchievementSummary achievement={row.achievement} measured={row.measured} achieved={row.achieved} late={row.late} status={row.status} />,
  },
];

/** The rows of the sasaran mutu list. */
export function ObjectiveTable({ rows, showYear }: { rows: ObjectiveRow[]; showYear: boolean }) {
  return <RegisterTable caption="Daftar sasaran mutu" columns={columns(showYear)} rows={rows} />;
}
