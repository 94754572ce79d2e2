"use client";
// A chart of the input pack (PackChart: bars or lines, one or more series), drawn with recharts
// from data already aggregated by the section's compiler; the values are also given as a table
// for screen readers.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { PackChart as PackChartData } from "@/lib/management-reviews/input-types";
import { formatDecimal } from "@/lib/utils/number";

const COLORS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490"];

export function PackChart({ chart, height = 260 }: { chart: PackChartData; height?: number }) {
  const labels = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.label)))];
  const data = labels.map((label) => ({
    label,
    ...Object.fromEntries(chart.series.map((s, i) => [`s${i}`, s.points.find((p) => p.label === label)?.value ?? null])),
  }));
  if (labels.length === 0) return <p className="muted">{`${chart.caption}: belum ada data.`}</p>;
  const common = { accessibilityLayer: false, responsive: true, style: { width: "100%", height }, data, margin: { top: 8, right: 16, bottom: 8, left: 4 } } as const;
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#d9dfe8" />
      <XAxis dataKey="label" tick={{ fontSize: 12 }} />
      <YAxis tick={{ fontSize: 12 }} tickFormatter={(v: number) => formatDecimal(v)} width="auto" />
      <Tooltip formatter={(value) => (typeof value === "number" ? formatDecimal(value) : "–")} />
      {chart.series.length > 1 && <Legend />}
    </>
  );
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="text-sm muted">{chart.caption}</figcaption>
      <div aria-hidden="true">
        {chart.kind === "line" ? (
          <LineChart {...common}>
            {axes}
            {chart.series.map((s, i) => (
              <Line key={s.name} type="linear" dataKey={`s${i}`} name={s.name} stroke={COLORS[i % COLORS.length]} strokeWidth={2} isAnimationActive={false} connectNulls={false} />
            ))}
          </LineChart>
        ) : (
          <BarChart {...common}>
            {axes}
            {chart.series.map((s, i) => (
              <Bar key={s.name} dataKey={`s${i}`} name={s.name} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        )}
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
          {data.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {chart.series.map((s, i) => <td key={s.name}>{formatDecimal((row as Record<string, unknown>)[`s${i}`] as number | null)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
