"use client";

// Achieved and missed measurement periods per group (unit, perspective) as stacked horizontal bars,
// the share achieved written at the end of each row. The same numbers are in a table under
// "Lihat data" for screen readers and for anyone who wants the figures.
import { useEffect, useRef, useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Text, Tooltip, XAxis, YAxis } from "recharts";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { formatDecimal } from "@/lib/utils/number";
import styles from "./achievement-share-chart.module.css";

export interface AchievementShareDatum {
  key: string;
  label: string;
  achieved: number;
  missed: number;
  /** Achieved / measured periods, 0-100, null when nothing was measured. */
  percent: number | null;
}

/** Same palette as the heatmap cells (components/objectives/overview-heatmap.module.css). */
const ACHIEVED_COLOUR = "#1f7a45";
const MISSED_COLOUR = "#c62828";

const ROW_HEIGHT = 44;
const PERCENT_WIDTH = 100;

const percentText = (percent: number | null) => (percent === null ? "belum diukur" : `${formatDecimal(percent)}%`);

export type AchievementShareChartProps = {
  data: AchievementShareDatum[];
  /** What a row is: "Unit", "Perspektif". Heads the first column of the data table. */
  groupLabel: string;
  /** Accessible name of the chart and caption of its table, e.g. "Capaian per unit 2026". */
  title: string;
};

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/** Category names wrap onto two lines instead of running into the bars. */
function categoryTick(width: number) {
  return function CategoryTick({ x, y, payload }: TickProps) {
    return (
      <Text x={Number(x)} y={Number(y)} width={width - 12} maxLines={2} textAnchor="end" verticalAnchor="middle" fontSize={12} fill="#374151">
        {String(payload?.value ?? "")}
      </Text>
    );
  };
}

/** Width of the box, followed as it changes (the names get a share of it, the bars the rest). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

export function AchievementShareChart({ data, groupLabel, title }: AchievementShareChartProps) {
  const [ref, width] = useWidth();
  const height = Math.max(2, data.length) * ROW_HEIGHT + 70;
  const labelWidth = Math.round(Math.min(240, Math.max(96, width * 0.34)));
  return (
    <figure className={styles.figure}>
      <div
        ref={ref}
        role="img"
        aria-label={`${title}: grafik batang periode tercapai dan tidak tercapai. Angkanya ada di tabel “Lihat data”.`}
        style={{ height }}
      >
        {width > 0 && (
          <BarChart
            width={width}
            height={height}
            layout="vertical"
            data={data}
            margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
            barCategoryGap="28%"
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="#e5e7eb" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} stroke="#9ca3af" />
            <YAxis type="category" dataKey="label" width={labelWidth} tick={categoryTick(labelWidth)} interval={0} stroke="#9ca3af" />
            {/* The share as a second category axis on the right: a label on the bar itself would
                vanish when nothing was missed (a zero-width segment draws no label). */}
            <YAxis
              yAxisId="percent"
              orientation="right"
              type="category"
              dataKey={(d: AchievementShareDatum) => percentText(d.percent)}
              width={PERCENT_WIDTH}
              interval={0}
              axisLine={false}
              tickLine={false}
              tick={{ fontSize: 12, fill: "#172033", fontWeight: 600 }}
            />
            <Tooltip
              cursor={{ fill: "rgba(29, 78, 216, 0.06)" }}
              formatter={(value, name) => [`${formatDecimal(Number(value))} periode`, name]}
            />
            <Legend verticalAlign="top" align="left" height={28} iconType="square" />
            <Bar dataKey="achieved" name="Tercapai" stackId="share" fill={ACHIEVED_COLOUR} isAnimationActive={false} />
            <Bar dataKey="missed" name="Tidak tercapai" stackId="share" fill={MISSED_COLOUR} isAnimationActive={false} />
          </BarChart>
        )}
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
