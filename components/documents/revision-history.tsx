import Link from "next/link";
import { RegisterTable, type RegisterColumn } from "@/components/ui";
import type { RevisionView } from "@/lib/documents/types";
import { formatCalendarDate } from "@/lib/utils/format";
import { RevisionStatusBadge } from "./badges";
import { fileHref } from "./revision-details";

/** Every revision of a document, newest first, with its status (KADALUARSA shown as such). */
export function RevisionHistory({ documentId, revisions }: { documentId: string; revisions: RevisionView[] }) {
  const columns: RegisterColumn<RevisionView>[] = [
    { header: "Revisi", nowrap: true, cell: (r) => <Link href={`/documents/${encodeURIComponent(documentId)}/revisions/${r.revisionNo}`}>{`Rev. ${r.revisionNo}`}</Link> },
    { header: "Status", cell: (r) => <RevisionStatusBadge status={r.status} /> },
    { header: "Alasan perubahan", cell: (r) => r.changeReason },
    { header: "Berlaku", nowrap: true, cell: (r) => (r.effectiveAt ? formatCalendarDate(r.effectiveDate) : r.effectiveDate ? `Rencana ${formatCalendarDate(r.effectiveDate)}` : "—") },
    { header: "Disahkan oleh", className: "text-sm", cell: (r) => r.approvedBy ?? "—" },
    {
      header: "Berkas",
      cell: (r) => (r.file && !r.purged ? <Link href={fileHref(documentId, r.revisionNo)} prefetch={false}>{`Unduh rev. ${r.revisionNo}`}</Link> : "—"),
    },
  ];
  return <RegisterTable caption="Riwayat revisi dokumen" columns={columns} rows={revisions} />;
}
