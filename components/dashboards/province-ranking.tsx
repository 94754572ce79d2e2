// The province comparison: one row per Perangkat Daerah, ranked by the share of measured periods of
// sasaran mutu achieved; every figure links to that agency's list with the same filter.
import Link from "next/link";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { AgencyRanking } from "@/lib/dashboards/types";
import { formatDecimal, formatNumber } from "@/lib/utils/number";

const percentText = (p: number | null) => (p === null ? "–" : `${formatDecimal(p)} %`);

export function ProvinceRankingTable({ rows, year }: { rows: AgencyRanking[]; year: number }) {
  return (
    <Table caption={`Peringkat Perangkat Daerah ${year}`}>
      <THead>
        <Tr>
          <Th numeric>Peringkat</Th>
          <Th>Perangkat Daerah</Th>
          <Th numeric>Sasaran mutu tercapai</Th>
          <Th numeric>Temuan terbuka</Th>
          <Th numeric>Tindakan perbaikan terlambat</Th>
          <Th numeric>Program audit terlaksana</Th>
          <Th numeric>SOP perlu ditinjau</Th>
          <Th numeric>RTL terbuka</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.agencyId}>
            <Td numeric>{r.rank}</Td>
            <Td>
              <Link href={`/dashboard?unitId=${r.agencyId}`}>{r.agencyName}</Link>
            </Td>
            <Td numeric>
              <Link href={r.objectivesHref}>{percentText(r.percent)}</Link>
              <span className="muted text-sm">{` (${formatNumber(r.achieved)}/${formatNumber(r.measured)})`}</span>
            </Td>
            <Td numeric>
              <Link href={r.openFindings.href}>{formatNumber(r.openFindings.value)}</Link>
            </Td>
            <Td numeric>
              <Link href={r.overdueCorrectiveActions.href}>{formatNumber(r.overdueCorrectiveActions.value)}</Link>
            </Td>
            <Td numeric>
              <Link href={r.programmeHref}>{percentText(r.programmePercent)}</Link>
            </Td>
            <Td numeric>
              <Link href={r.sopsDue.href}>{formatNumber(r.sopsDue.value)}</Link>
            </Td>
            <Td numeric>{formatNumber(r.openRtl)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
