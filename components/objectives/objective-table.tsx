import Link from "next/link";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { FREQUENCY_LABELS } from "@/lib/objectives/constants";
import type { ObjectiveRow } from "@/lib/objectives/types";
import { AchievementSummary } from "./achievement-summary";
import { ObjectiveStatusBadge } from "./objective-status-badge";
import styles from "./objectives.module.css";

/** The rows of the sasaran mutu list. */
export function ObjectiveTable({ rows, showYear }: { rows: ObjectiveRow[]; showYear: boolean }) {
  return (
    <Table caption="Daftar sasaran mutu">
      <THead>
        <Tr>
          <Th>Kode</Th>
          <Th>Sasaran</Th>
          <Th>Unit</Th>
          <Th>Target</Th>
          <Th>Frekuensi</Th>
          <Th>PIC</Th>
          <Th>Status</Th>
          <Th>Capaian</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Td nowrap>
              <span className={styles.code}>{row.code}</span>
              {showYear && <div className="muted text-sm">{row.year}</div>}
            </Td>
            <Td className={styles.statement}>
              <Link href={`/objectives/${encodeURIComponent(row.id)}`}>{row.statement}</Link>
            </Td>
            <Td className="text-sm">{row.unitName}</Td>
            <Td nowrap className="tabular">{row.targetText}</Td>
            <Td className="text-sm">{FREQUENCY_LABELS[row.frequency]}</Td>
            <Td className="text-sm">{row.ownerName}</Td>
            <Td>
              <ObjectiveStatusBadge status={row.status} />
            </Td>
            <Td>
              <AchievementSummary achievement={row.achievement} measured={row.measured} achieved={row.achieved} late={row.late} status={row.status} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
