// A chart of the input pack (PackChart: bars or lines, one or more series) from data already
// aggregated by the section's compiler. The caption and a table of the values for screen readers
// are rendered on the server; the plot only in the browser (PackPlot), in a box of its height.
import type { PackChart as PackChartData } from "@/lib/management-reviews/input-types";
import { formatDecimal } from "@/lib/utils/number";
import { PackPlot } from "./pack-chart-plot";

/** One row per label, the value of series i under `s${i}`. */
export type PackRow = { label: string } & Record<`s${number}`, number | null>;

function packRows(chart: PackChartData): PackRow[] {
  const labels = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.label)))];
  return labels.map((label) => ({
    label,
    ...Object.fromEntries(chart.series.map((s, i) => [`s${i}`, s.points.find((p) => p.label === label)?.value ?? null])),
  }));
}

export function PackChart({ chart, height = 260 }: { chart: PackChartData; height?: number }) {
  const rows = packRows(chart);
  if (rows.length === 0) return <p className="muted">{`${chart.caption}: belum ada data.`}</p>;
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="text-sm muted">{chart.caption}</figcaption>
      <div aria-hidden="true" style={{ height }}>
        <PackPlot chart={chart} rows={rows} height={height} />
      </div>
      <table className="visually-hidden">
        <caption>{chart.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Label</th>
            {chart.series.map((s) => <th key={s.name} scope="col">{s.name}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {chart.series.map((s, i) => <td key={s.name}>{formatDecimal(row[`s${i}`])}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
