// Achieved and missed measurement periods per group (unit, perspective) as stacked horizontal bars,
// the share achieved written at the end of each row. The same numbers are in a table under
// "Lihat data" for screen readers and for anyone who wants the figures. The table is rendered on
// the server; the plot only in the browser (AchievementSharePlot), in a box of its height.
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { formatDecimal } from "@/lib/utils/number";
import styles from "./achievement-share-chart.module.css";
import { AchievementSharePlot } from "./achievement-share-plot";

export interface AchievementShareDatum {
  key: string;
  label: string;
  achieved: number;
  missed: number;
  /** Achieved / measured periods, 0-100, null when nothing was measured. */
  percent: number | null;
}

export type AchievementShareChartProps = {
  data: AchievementShareDatum[];
  /** What a row is: "Unit", "Perspektif". Heads the first column of the data table. */
  groupLabel: string;
  /** Accessible name of the chart and caption of its table, e.g. "Capaian per unit 2026". */
  title: string;
};

const ROW_HEIGHT = 44;

export function AchievementShareChart({ data, groupLabel, title }: AchievementShareChartProps) {
  const height = Math.max(2, data.length) * ROW_HEIGHT + 70;
  return (
    <figure className={styles.figure}>
      <div
        role="img"
        aria-label={`${title}: grafik batang periode tercapai dan tidak tercapai. Angkanya ada di tabel “Lihat data”.`}
        style={{ height }}
      >
        <AchievementSharePlot data={data} height={height} />
      </div>
      <details className={styles.details}>
        <summary>Lihat data</summary>
        <Table caption={title} className={styles.dataTable}>
          <THead>
            <Tr>
              <Th>{groupLabel}</Th>
              <Th numeric>Tercapai</Th>
              <Th numeric>Tidak tercapai</Th>
              <Th numeric>Persentase</Th>
            </Tr>
          </THead>
          <TBody>
            {data.map((d) => (
              <Tr key={d.key}>
                <Th scope="row" className={styles.rowHeader}>
                  {d.label}
                </Th>
                <Td numeric>{formatDecimal(d.achieved)}</Td>
                <Td numeric>{formatDecimal(d.missed)}</Td>
                <Td numeric>{d.percent === null ? "–" : `${formatDecimal(d.percent)}%`}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </details>
    </figure>
  );
}
