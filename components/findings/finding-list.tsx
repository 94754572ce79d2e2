import Link from "next/link";
import { Badge, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { FINDING_SOURCE_LABELS } from "@/lib/findings/constants";
import type { FindingRow } from "@/lib/findings/types";
import { formatDate } from "@/lib/utils/format";
import { FindingCategoryBadge, FindingStatusBadge } from "./finding-badges";

export type FindingListProps = {
  rows: FindingRow[];
  caption?: string;
  /** Hide columns the embedding page already states (e.g. the unit on a unit's page). */
  hide?: ("unit" | "source")[];
  emptyTitle?: string;
};

/** The findings table: the register uses it, and the audit and SOP pages embed it. */
export function FindingList({ rows, caption = "Daftar temuan", hide = [], emptyTitle = "Belum ada temuan" }: FindingListProps) {
  if (rows.length === 0) return <EmptyState title={emptyTitle} />;
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th>Nomor</Th>
          <Th>Pernyataan</Th>
          {!hide.includes("unit") && <Th>Unit</Th>}
          <Th>Kategori</Th>
          <Th>Status</Th>
          {!hide.includes("source") && <Th>Sumber</Th>}
          <Th>Klausul</Th>
          <Th>Tanggal</Th>
          <Th>Batas waktu</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Td nowrap>
              <Link href={`/findings/${encodeURIComponent(row.id)}`}>{row.number}</Link>
            </Td>
            <Td>{row.statement}</Td>
            {!hide.includes("unit") && <Td className="text-sm">{row.unitName}</Td>}
            <Td><FindingCategoryBadge category={row.category} /></Td>
            <Td><FindingStatusBadge status={row.status} /></Td>
            {!hide.includes("source") && (
              <Td className="text-sm">
                {FINDING_SOURCE_LABELS[row.source]}
                {row.auditNumber && <div className="muted">{row.auditNumber}</div>}
              </Td>
            )}
            <Td nowrap className="text-sm">{row.clauseCode ?? "-"}</Td>
            <Td nowrap className="text-sm">
              {formatDate(row.raisedAt)}
              <div className="muted">{row.ageDays} hari</div>
            </Td>
            <Td nowrap className="text-sm">
              {row.dueDate ? formatDate(row.dueDate) : "-"}
              {row.overdue && <div><Badge tone="danger">Terlambat</Badge></div>}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
