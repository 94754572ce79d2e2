import Link from "next/link";
import { RegisterTable, type RegisterColumn } from "@/components/ui";
import { DOCUMENT_TYPE_LABELS } from "@/lib/documents/constants";
import type { DocumentRow } from "@/lib/documents/types";
import { formatCalendarDate } from "@/lib/utils/format";
import { AccessBadge, DocumentStatusBadge, RevisionStatusBadge } from "./badges";

const columns: RegisterColumn<DocumentRow>[] = [
  { header: "Kode", nowrap: true, cell: (row) => row.code },
  { header: "Judul", cell: (row) => <Link href={`/documents/${encodeURIComponent(row.id)}`}>{row.title}</Link> },
  { header: "Jenis", className: "text-sm", cell: (row) => DOCUMENT_TYPE_LABELS[row.type] },
  { header: "Unit pemilik", className: "text-sm", cell: (row) => row.unitName },
  { header: "Akses", cell: (row) => <AccessBadge access={row.access} /> },
  {
    header: "Revisi berlaku",
    nowrap: true,
    cell: (row) => (row.currentRevisionNo === null ? <span className="muted">Belum berlaku</span> : `Rev. ${row.currentRevisionNo} · ${formatCalendarDate(row.effectiveAt)}`),
  },
  {
    header: "Status",
    cell: (row) => (
      <div className="stack-sm">
        <DocumentStatusBadge status={row.status} />
        {row.pendingStatus && <RevisionStatusBadge status={row.pendingStatus} />}
      </div>
    ),
  },
];

export function DocumentTable({ rows }: { rows: DocumentRow[] }) {
  return <RegisterTable caption="Daftar dokumen terkendali" columns={columns} rows={rows} />;
}
