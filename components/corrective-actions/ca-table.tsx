import Link from "next/link";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { CATEGORY_LABELS } from "@/lib/corrective-actions/constants";
import type { CaRow } from "@/lib/corrective-actions/types";
import { formatDate } from "@/lib/utils/format";
import { CaStatusBadge, OverdueBadge } from "./ca-status-badge";

/** The rows of the corrective-action register (one row per round). */
export function CaTable({ rows, caption = "Daftar tindakan perbaikan" }: { rows: CaRow[]; caption?: string }) {
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th>Temuan</Th>
          <Th>Ketidaksesuaian</Th>
          <Th>Unit</Th>
          <Th>Putaran</Th>
          <Th>Status</Th>
          <Th>Tindakan</Th>
          <Th>Tenggat</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Td nowrap>
              <div>{row.findingNumber}</div>
              <div className="muted text-sm">{CATEGORY_LABELS[row.category]}{row.clauseCode ? ` · ${row.clauseCode}` : ""}</div>
            </Td>
            <Td>
              <Link href={`/corrective-actions/${encodeURIComponent(row.id)}`}>{row.statement}</Link>
              {row.auditNumber && <div className="muted text-sm">{`Audit ${row.auditNumber}`}</div>}
            </Td>
            <Td className="text-sm">{row.unitName}</Td>
            <Td className="tabular">{row.round}</Td>
            <Td>
              <CaStatusBadge status={row.status} />
            </Td>
            <Td className="tabular text-sm">{`${row.itemsDone}/${row.itemCount} selesai`}</Td>
            <Td nowrap>
              <div className="tabular">{formatDate(row.dueDate)}</div>
              {row.overdue && <OverdueBadge />}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
