// The year's calendar: a month grid (rounds planned vs audits held) and a year view by unit.
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui";
import type { CalendarCell } from "@/lib/audits/coverage-rules";
import { MONTH_LABELS, MONTH_SHORT } from "@/lib/audits/programme-constants";
import type { CoverageView } from "@/lib/audits/programme-types";
import styles from "./programme.module.css";

function cellText(c: CalendarCell): string {
  const parts = [c.planned.length ? "Rencana" : null, c.held ? `${c.held} dilaksanakan` : null, c.scheduled ? `${c.scheduled} dijadwalkan` : null];
  return parts.filter(Boolean).join(" · ") || "—";
}

export function MonthGrid({ coverage }: { coverage: CoverageView }) {
  return (
    <Table caption={`Kalender audit ${coverage.year} per bulan`}>
      <THead>
        <Tr>
          <Th>Bulan</Th>
          <Th>Putaran direncanakan</Th>
          <Th numeric>Audit dilaksanakan</Th>
          <Th numeric>Audit dijadwalkan</Th>
        </Tr>
      </THead>
      <TBody>
        {coverage.months.map((c, i) => (
          <Tr key={i}>
            <Th scope="row">{MONTH_LABELS[i]}</Th>
            <Td>{c.planned.join(", ") || "—"}</Td>
            <Td numeric>{c.held}</Td>
            <Td numeric>{c.scheduled}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

export function YearByUnit({ coverage }: { coverage: CoverageView }) {
  return (
    <div className={styles.scroll}>
      <Table caption={`Tahun ${coverage.year} per unit: rencana dan pelaksanaan`}>
        <THead>
          <Tr>
            <Th>Unit</Th>
            {MONTH_SHORT.map((m) => (
              <Th key={m} className={styles.matrixCell}>{m}</Th>
            ))}
          </Tr>
        </THead>
        <TBody>
          {coverage.units.map((u) => (
            <Tr key={u.id}>
              <Th scope="row">{u.name}</Th>
              {coverage.byUnit[u.id].map((c, i) => (
                <Td key={i} className={styles.matrixCell} title={`${u.name}, ${MONTH_LABELS[i]}: ${cellText(c)}`}>
                  {c.held ? "●" : c.scheduled ? "◐" : c.planned.length ? "○" : ""}
                </Td>
              ))}
            </Tr>
          ))}
        </TBody>
      </Table>
      <p className={styles.legendRow}>
        <span>○ direncanakan dalam program</span>
        <span>◐ audit dijadwalkan</span>
        <span>● audit dilaksanakan</span>
      </p>
    </div>
  );
}
