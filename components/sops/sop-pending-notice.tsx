import Link from "next/link";
import { Alert } from "@/components/ui";
import { REVISION_STATUS_LABELS } from "@/lib/documents/constants";
import { diffSopContents } from "@/lib/sops/revision-diff";
import type { SopContent } from "@/lib/sops/content";
import type { SopPendingRevision } from "@/lib/sops/types";
import { formatDate } from "@/lib/utils/format";
import { RevisionDiffView } from "./revision-diff-view";

/** "Revisi 3 menunggu pemeriksaan": the title of an SOP revision not yet in force. */
export function pendingTitle(pending: Pick<SopPendingRevision, "revisionNo" | "status">): string {
  const waiting: Record<SopPendingRevision["status"], string> = {
    DRAF: "masih draf, belum diajukan untuk pemeriksaan",
    DIKEMBALIKAN: "dikembalikan untuk diperbaiki",
    DIAJUKAN: "menunggu pemeriksaan",
    DIPERIKSA: "menunggu pengesahan",
    DISAHKAN: "disahkan, menunggu tanggal berlaku",
  };
  return `Revisi ${pending.revisionNo} ${waiting[pending.status]}`;
}

/**
 * An edit of the SOP on its way through check and approval in the document register: what it
 * changes (for those who may see the draft) and where its workflow runs. The page itself keeps
 * showing the content in force.
 */
export function SopPendingNotice({ pending, documentId, current }: { pending: SopPendingRevision; documentId: string; current: SopContent }) {
  const changes = pending.content ? diffSopContents(current, pending.content) : null;
  return (
    <Alert tone="info" title={pendingTitle(pending)}>
      <div className="stack-sm">
        <p>
          Isi SOP di bawah ini tetap revisi yang berlaku sampai revisi {pending.revisionNo} diperiksa, disahkan, dan mulai berlaku.
          Status: {REVISION_STATUS_LABELS[pending.status]}. Alasan: {pending.changeReason}
          {pending.requestedBy ? ` (disusun oleh ${pending.requestedBy}, ${formatDate(pending.createdAt)})` : ""}.
        </p>
        <p>
          {pending.editable && "Ajukan revisi ini di register dokumen agar diperiksa dan disahkan. "}
          <Link href={`/documents/${encodeURIComponent(documentId)}`}>Buka revisi di register dokumen</Link>
        </p>
        {changes && changes.length > 0 && (
          <details>
            <summary>Perubahan dibandingkan revisi berlaku ({changes.length})</summary>
            <RevisionDiffView changes={changes} />
          </details>
        )}
      </div>
    </Alert>
  );
}
