import Link from "next/link";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { Overview } from "@/lib/objectives/overview-data";
import { formatDate } from "@/lib/utils/format";

export type OverviewLateListProps = { late: Overview["late"] };

/** Periods whose measurement is overdue, the longest overdue first. */
export function OverviewLateList({ late }: OverviewLateListProps) {
  return (
    <Table caption="Pengukuran terlambat">
      <THead>
        <Tr>
          <Th>Sasaran mutu</Th>
          <Th>Unit</Th>
          <Th>PIC</Th>
          <Th>Periode</Th>
          <Th>Jatuh tempo</Th>
        </Tr>
      </THead>
      <TBody>
        {late.map((item) => (
          <Tr key={`${item.objectiveId}-${item.periodLabel}`}>
            <Td>
              <Link href={`/objectives/${item.objectiveId}`}>
                <strong>{item.code}</strong> {item.statement}
              </Link>
            </Td>
            <Td>{item.unitName}</Td>
            <Td>{item.ownerName}</Td>
            <Td nowrap>{item.periodLabel}</Td>
            <Td nowrap>jatuh tempo {formatDate(item.dueDate)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
