import Link from "next/link";
import { RegisterTable, type RegisterColumn } from "@/components/ui";
import { CATEGORY_LABELS } from "@/lib/corrective-actions/constants";
import type { CaRow } from "@/lib/corrective-actions/types";
import { formatDate } from "@/lib/utils/format";
import { CaStatusBadge, OverdueBadge } from "./ca-status-badge";

const COLUMNS: RegisterColumn<CaRow>[] = [
  {
    header: "Temuan",
    nowrap: true,
    cell: (row) => (
      <>
        <div>{row.findingNumber}</div>
        <div className="muted text-sm">{CATEGORY_LABELS[row.category]}{row.clauseCode ? ` · ${row.clauseCode}` : ""}</div>
      </>
    ),
  },
  {
    header: "Ketidaksesuaian",
    cell: (row) => (
      <>
        <Link href={`/corrective-actions/${encodeURIComponent(row.id)}`}>{row.statement}</Link>
        {row.auditNumber && <div className="muted text-sm">{`Audit ${row.auditNumber}`}</div>}
      </>
    ),
  },
  { header: "Unit", className: "text-sm", cell: (row) => row.unitName },
  { header: "Putaran", className: "tabular", cell: (row) => row.round },
  { header: "Status", cell: (row) => <CaStatusBadge status={row.status} /> },
  { header: "Tindakan", className: "tabular text-sm", cell: (row) => `${row.itemsDone}/${row.itemCount} selesai` },
  {
    header: "Tenggat",
    nowrap: true,
    cell: (row) => (
      <>
        <div className="tabular">{formatDate(row.dueDate)}</div>
        {row.overdue && <OverdueBadge />}
      </>
    ),
  },
];

/** The rows of the corrective-action register (one row per round). */
export function CaTable({ rows, caption = "Daftar tindakan perbaikan" }: { rows: CaRow[]; caption?: string }) {
  return <RegisterTable caption={caption} columns={COLUMNS} rows={rows} />;
}
