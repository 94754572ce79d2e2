import Link from "next/link";
import { DescriptionList } from "@/components/ui";
import type { RevisionView } from "@/lib/documents/types";
import { formatCalendarDate, formatDateTime } from "@/lib/utils/format";
import { RevisionStatusBadge } from "./badges";
import styles from "./documents.module.css";

export const fileHref = (documentId: string, revisionNo: number) => `/documents/${encodeURIComponent(documentId)}/revisions/${revisionNo}/file`;

const sizeLabel = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`);

/** One revision as a reader sees it: its status, why it changed, its dates, its file or text. */
export function RevisionDetails({ documentId, revision }: { documentId: string; revision: RevisionView }) {
  return (
    <div className="stack">
      <DescriptionList
        items={[
          { term: "Status", description: <RevisionStatusBadge status={revision.status} /> },
          { term: "Alasan perubahan", description: revision.changeReason },
          { term: "Bagian yang diubah", description: revision.changedParts },
          { term: "Pengusul", description: revision.requestedBy },
          { term: "Tanggal berlaku", description: revision.effectiveDate ? formatCalendarDate(revision.effectiveDate) : "Saat disahkan" },
          { term: "Diperiksa", description: revision.checkedBy ? `${revision.checkedBy}, ${formatDateTime(revision.checkedAt)}` : null },
          { term: "Disahkan", description: revision.approvedBy ? `${revision.approvedBy}, ${formatDateTime(revision.approvedAt)}` : null },
          ...(revision.obsoleteAt ? [{ term: "Kadaluarsa sejak", description: formatDateTime(revision.obsoleteAt) }] : []),
          {
            term: "Berkas",
            description: revision.purged ? (
              "Isi telah dimusnahkan."
            ) : revision.file ? (
              <Link href={fileHref(documentId, revision.revisionNo)} prefetch={false}>
                {`Unduh ${revision.file.name} (${sizeLabel(revision.file.size)})`}
              </Link>
            ) : null,
          },
        ]}
      />
      {revision.text && !revision.purged && <div className={styles.text}>{revision.text}</div>}
    </div>
  );
}
