import Link from "next/link";
import { FREQUENCY_LABELS, MEASUREMENT_GRACE_DAYS, type MeasurementFrequency } from "@/lib/objectives/constants";
import type { HeatmapRow } from "@/lib/objectives/overview-data";
import { formatDecimal } from "@/lib/utils/number";
import { CELL_STATES, CELL_STATE_LABELS, heatmapLayout, type CellState } from "./overview-heatmap-layout";
import styles from "./overview-heatmap.module.css";

const STATE_CLASS: Record<CellState, string> = {
  TERCAPAI: styles.achieved,
  TIDAK_TERCAPAI: styles.missed,
  TERLAMBAT: styles.late,
  BELUM_DIUKUR: styles.unmeasured,
  BERJALAN: styles.running,
};

/** A mark beside the colour, so the result does not rest on colour alone. */
const STATE_MARK: Record<CellState, string> = {
  TERCAPAI: "✓",
  TIDAK_TERCAPAI: "✗",
  TERLAMBAT: "!",
  BELUM_DIUKUR: "",
  BERJALAN: "",
};

const LEGEND_HINT: Partial<Record<CellState, string>> = {
  TERLAMBAT: `belum diukur lebih dari ${MEASUREMENT_GRACE_DAYS} hari setelah periode berakhir`,
  BELUM_DIUKUR: `periode berakhir, masih dalam ${MEASUREMENT_GRACE_DAYS} hari tenggat`,
  BERJALAN: "periode belum berakhir",
};

const frequencyLabel = (f: string) => FREQUENCY_LABELS[f as MeasurementFrequency] ?? f;

export function OverviewHeatmapLegend() {
  return (
    <ul className={styles.legend} aria-label="Keterangan warna">
      {CELL_STATES.map((state) => (
        <li key={state}>
          <span className={`${styles.swatch} ${STATE_CLASS[state]}`} aria-hidden="true">
            {STATE_MARK[state]}
          </span>
          <span>
            {CELL_STATE_LABELS[state]}
            {LEGEND_HINT[state] && <span className="muted"> ({LEGEND_HINT[state]})</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

export type OverviewHeatmapProps = { rows: HeatmapRow[]; year: number };

/** Every approved objective's periods on one timeline, coloured by achievement. */
export function OverviewHeatmap({ rows, year }: OverviewHeatmapProps) {
  const layout = heatmapLayout(rows);
  return (
    <div className={styles.scroll}>
      <table aria-label="Peta capaian" className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={styles.corner}>
              Sasaran mutu
            </th>
            {layout.columns.map((label) => (
              <th key={label} scope="col" className={styles.column}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.rows.map(({ row, cells }) => (
            <tr key={row.id}>
              <th scope="row" className={styles.rowHeader}>
                <Link href={`/objectives/${row.id}`} className={styles.objective}>
                  <span className={styles.code}>{row.code}</span> {row.statement}
                </Link>
                <span className={styles.meta}>
                  {row.unitName} · {frequencyLabel(row.frequency)}
                </span>
              </th>
              {cells.map((cell) => {
                const spanned = cell.span > 1;
                const stateLabel = CELL_STATE_LABELS[cell.state];
                return (
                  <td
                    key={cell.period}
                    colSpan={cell.span > 1 ? cell.span : undefined}
                    data-achievement={cell.state}
                    className={`${styles.cell} ${STATE_CLASS[cell.state]}`}
                    title={`${row.code} · ${cell.label} ${year}: ${stateLabel}${cell.value !== null ? ` (${formatDecimal(cell.value)})` : ""}`}
                  >
                    {/* A spanned cell names its period: its column headers are the months it covers. */}
                    {spanned && <span className={styles.periodLabel}>{cell.label}</span>}
                    <span className={styles.cellBody}>
                      {STATE_MARK[cell.state] && (
                        <span className={styles.mark} aria-hidden="true">
                          {STATE_MARK[cell.state]}
                        </span>
                      )}
                      {cell.value !== null && <span className={styles.value}>{formatDecimal(cell.value)}</span>}
                    </span>
                    <span className="visually-hidden">{stateLabel}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
