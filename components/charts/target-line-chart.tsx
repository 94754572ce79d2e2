// Realised values per period as a line with dots, against the target as a reference line (two
// lines for a range). Receives data already aggregated. The text (axis title, legend, caption and a
// hidden table of the values for screen readers) is rendered on the server; the plot only in the
// browser (TargetLinePlot), in a box of its height.
import styles from "./target-line-chart.module.css";
import { TargetLinePlot } from "./target-line-plot";
import { TARGET_COLOR, VALUE_COLOR, withUnit } from "./target-line-style";

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

export function TargetLineChart({ title, data, target, unit, floor = null, height = 300 }: TargetLineChartProps) {
  const measured = data.filter((d) => d.value !== null).length;
  if (measured === 0) {
    return <p className="muted">{`${title}: belum ada nilai realisasi untuk digambarkan.`}</p>;
  }

  return (
    <figure className={styles.figure}>
      <div className={styles.chart} aria-hidden="true">
        {/* The axis title stands above the axis, in HTML: never rotated over the tick labels. */}
        <p className={styles.axisTitle}>{unit ? `Realisasi (${unit})` : "Realisasi"}</p>
        <div style={{ height }}>
          <TargetLinePlot data={data} target={target} unit={unit} floor={floor} height={height} />
        </div>
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
        {`${title}: ${measured} dari ${data.length} periode sudah diukur`}
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
