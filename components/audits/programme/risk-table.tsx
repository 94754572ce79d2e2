// Risk-based priorities of every unit of the agency (ISO 9001:2015 9.2.2 a), highest first.
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui";
import type { UnitRiskRow } from "@/lib/audits/programme-types";
import { formatDate } from "@/lib/utils/format";
import { RiskBadge } from "./risk-badge";

export function RiskTable({ rows }: { rows: UnitRiskRow[] }) {
  const sorted = [...rows].sort((a, b) => b.score - a.score || a.unitName.localeCompare(b.unitName, "id"));
  return (
    <Table caption="Prioritas audit berbasis risiko per unit">
      <THead>
        <Tr>
          <Th>Unit</Th>
          <Th>Prioritas</Th>
          <Th numeric>Skor</Th>
          <Th>Terakhir diaudit</Th>
          <Th>Alasan</Th>
        </Tr>
      </THead>
      <TBody>
        {sorted.map((r) => (
          <Tr key={r.unitId}>
            <Td>{r.unitName}</Td>
            <Td><RiskBadge level={r.level} /></Td>
            <Td numeric>{r.score}</Td>
            <Td nowrap>{r.lastAuditedOn ? formatDate(r.lastAuditedOn) : "Belum pernah"}</Td>
            <Td>{r.reasons.join("; ") || "—"}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
