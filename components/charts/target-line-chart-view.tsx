"use client";
// Realised values per period as a line with dots, against the target as a reference line (two
// lines for a range). Receives data already aggregated; the values are also listed in a hidden table
// for screen readers.
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatDecimal } from "@/lib/utils/number";
import styles from "./target-line-chart.module.css";
import { valueAxis } from "./value-axis";

export type TargetLinePoint = { label: string; value: number | null };

export type TargetLine =
  | { kind: "single"; value: number; /** "≥ 95 %" */ text: string }
  | { kind: "range"; low: number; high: number; text: string };

export type TargetLineChartProps = {
  /** Names the figure, e.g. "Realisasi SM-01 tahun 2026". */
  title: string;
  data: TargetLinePoint[];
  target: TargetLine | null;
  /** Unit of measure shown on the axis and in the tooltip ("%", "indeks"). */
  unit: string;
  /** Lowest plausible value (0 for a percentage or a count): the axis never goes below it. */
  floor?: number | null;
  height?: number;
};

const VALUE_COLOR = "#1d4ed8";
const TARGET_COLOR = "#b45309";

const withUnit = (value: number, unit: string) => `${formatDecimal(value)} ${unit}`.trim();

export function TargetLineChart({ title, data, target, unit, floor = null, height = 300 }: TargetLineChartProps) {
  const measured = data.filter((d): d is { label: string; value: number } => d.value !== null);
  const targets = target ? (target.kind === "single" ? [target.value] : [target.low, target.high]) : [];
  // Headroom above the highest value or target: the top tick and the target's label (inside the
  // plot, above its line) never touch the frame.
  const axis = valueAxis([...measured.map((d) => d.value), ...targets], { floor });

  if (measured.length === 0) {
    return <p className="muted">{`${title}: belum ada nilai realisasi untuk digambarkan.`}</p>;
  }

  return (
    <figure className={styles.figure}>
      <div className={styles.chart} aria-hidden="true">
        {/* The axis title stands above the axis, in HTML: never rotated over the tick labels. */}
        <p className={styles.axisTitle}>{unit ? `Realisasi (${unit})` : "Realisasi"}</p>
        <LineChart accessibilityLayer={false} responsive style={{ width: "100%", height }} data={data} margin={{ top: 12, right: 16, bottom: 8, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d9dfe8" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} label={{ value: "Periode", position: "insideBottom", offset: -4, fontSize: 12 }} height={40} />
          <YAxis
            type="number"
            domain={axis.domain}
            ticks={axis.ticks}
            interval={0}
            tickFormatter={(v: number) => formatDecimal(v)}
            tick={{ fontSize: 12 }}
            width="auto"
          />
          <Tooltip
            formatter={(value) => (typeof value === "number" ? withUnit(value, unit) : "–")}
            labelFormatter={(label) => `Periode ${String(label)}`}
          />
          {target?.kind === "single" && (
            <ReferenceLine y={target.value} stroke={TARGET_COLOR} strokeDasharray="6 4" strokeWidth={2}
              label={{ value: `Target ${target.text}`, position: "insideTopRight", fill: TARGET_COLOR, fontSize: 12 }} />
          )}
          {target?.kind === "range" && (
            <>
              <ReferenceLine y={target.high} stroke={TARGET_COLOR} strokeDasharray="6 4" strokeWidth={2}
                label={{ value: `Batas atas ${withUnit(target.high, unit)}`, position: "insideTopRight", fill: TARGET_COLOR, fontSize: 12 }} />
              <ReferenceLine y={target.low} stroke={TARGET_COLOR} strokeDasharray="6 4" strokeWidth={2}
                label={{ value: `Batas bawah ${withUnit(target.low, unit)}`, position: "insideBottomRight", fill: TARGET_COLOR, fontSize: 12 }} />
            </>
          )}
          <Line
            type="linear"
            dataKey="value"
            name="Realisasi"
            stroke={VALUE_COLOR}
            strokeWidth={2}
            dot={{ r: 4, fill: VALUE_COLOR }}
            activeDot={{ r: 6 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
      <ul className={styles.legend} aria-hidden="true">
        <li>
          <span className={styles.swatch} style={{ color: VALUE_COLOR }} />
          Realisasi
        </li>
        {target && (
          <li>
            <span className={`${styles.swatch} ${styles.dashed}`} style={{ color: TARGET_COLOR }} />
            {`Target ${target.text}`}
          </li>
        )}
      </ul>
      <figcaption className={styles.caption}>
        {`${title}: ${measured.length} dari ${data.length} periode sudah diukur`}
        {target ? `; target ${target.text}.` : "."}
      </figcaption>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Periode</th>
            <th scope="col">Realisasi</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              <td>{d.value === null ? "belum diukur" : withUnit(d.value, unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
