import Link from "next/link";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { SurveyRow } from "@/lib/satisfaction/types";
import { formatDecimal, formatNumber } from "@/lib/utils/number";
import { IkmCategoryBadge } from "./category-badge";

/** The rows of the SKM list: one survey of one unit and period. */
export function SurveyTable({ rows }: { rows: SurveyRow[] }) {
  return (
    <Table caption="Daftar hasil SKM">
      <THead>
        <Tr>
          <Th>Unit pelayanan</Th>
          <Th>Periode</Th>
          <Th>Responden</Th>
          <Th>IKM</Th>
          <Th>Mutu pelayanan</Th>
          <Th>Pengaduan</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Td>
              <Link href={`/satisfaction/${encodeURIComponent(row.id)}`}>{row.unitName}</Link>
            </Td>
            <Td nowrap>{row.periodLabel}</Td>
            <Td className="tabular">{formatNumber(row.respondents)}</Td>
            <Td className="tabular">{formatDecimal(row.ikm)}</Td>
            <Td>
              <IkmCategoryBadge category={row.category} />
            </Td>
            <Td className="tabular text-sm">{`${formatNumber(row.complaintsResolved)}/${formatNumber(row.complaintsReceived)} selesai`}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
