import Link from "next/link";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { AUDIT_TYPE_LABELS } from "@/lib/audits/constants";
import type { AuditRow } from "@/lib/audits/types";
import { formatDate } from "@/lib/utils/format";
import { AuditStatusBadge } from "./audit-status-badge";
import styles from "./audits.module.css";

/** The rows of an audit list. */
export function AuditTable({ rows, caption = "Daftar audit" }: { rows: AuditRow[]; caption?: string }) {
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th>Nomor</Th>
          <Th>Audit</Th>
          <Th>Unit auditi</Th>
          <Th>Tanggal</Th>
          <Th>Ketua</Th>
          <Th>Status</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Td nowrap className={styles.number}>{row.number}</Td>
            <Td>
              <Link href={`/audits/${encodeURIComponent(row.id)}`}>{row.title}</Link>
              <div className="muted text-sm">{AUDIT_TYPE_LABELS[row.type]} · {row.agencyName}</div>
            </Td>
            <Td className="text-sm">{row.unitNames.join(", ")}</Td>
            <Td nowrap className="text-sm">{row.startDate.getTime() === row.endDate.getTime() ? formatDate(row.startDate) : `${formatDate(row.startDate)} – ${formatDate(row.endDate)}`}</Td>
            <Td className="text-sm">{row.leadName ?? "—"}</Td>
            <Td><AuditStatusBadge status={row.status} /></Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
