// The RTL items as one table: the review page, the RTL list and the printed minutes' screen view.
import Link from "next/link";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { ACTION_STATUS_LABELS, DECISION_TYPE_LABELS } from "@/lib/management-reviews/constants";
import type { ReviewActionView } from "@/lib/management-reviews/types";
import { formatCalendarDate } from "@/lib/utils/format";
import { CompleteActionButton } from "./complete-action-button";
import styles from "./reviews.module.css";

export function ActionTable({ rows, caption, showReview = false }: { rows: ReviewActionView[]; caption: string; showReview?: boolean }) {
  return (
    <div className={styles.scroll}>
      <Table caption={caption}>
        <THead>
          <Tr>
            {showReview && <Th>Rapat</Th>}
            <Th>Tindak lanjut</Th>
            <Th>PIC</Th>
            <Th nowrap>Tenggat</Th>
            <Th>Rujukan</Th>
            <Th>Status</Th>
            <Th><span className="visually-hidden">Tindakan</span></Th>
          </Tr>
        </THead>
        <TBody>
          {rows.map((a) => (
            <Tr key={a.id}>
              {showReview && <Td nowrap><Link href={`/management-reviews/${encodeURIComponent(a.reviewId)}`}>{a.reviewNumber}</Link></Td>}
              <Td>
                {a.description}
                {a.decisionType && <div className="text-sm muted">{DECISION_TYPE_LABELS[a.decisionType]}</div>}
                {a.doneNote && <div className="text-sm muted">{`Hasil: ${a.doneNote}`}</div>}
              </Td>
              <Td>{a.pic.name}<div className="text-sm muted">{a.unitName}</div></Td>
              <Td nowrap>{formatCalendarDate(a.dueDate)}</Td>
              <Td>{a.link ? (a.link.href ? <Link href={a.link.href}>{a.link.label}</Link> : a.link.label) : "—"}</Td>
              <Td nowrap>
                {a.overdue ? <Badge tone="danger">Terlambat</Badge> : <Badge tone={a.status === "SELESAI" ? "success" : "neutral"}>{ACTION_STATUS_LABELS[a.status]}</Badge>}
              </Td>
              <Td>{a.mayComplete && <CompleteActionButton action={a} />}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
