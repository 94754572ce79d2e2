"use client";
// The plot of a pack chart (recharts), loaded only in the browser through PackPlot.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { PackChart as PackChartData } from "@/lib/management-reviews/input-types";
import { formatDecimal } from "@/lib/utils/number";
import type { PackRow } from "./pack-chart";

const COLORS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490"];

export function PackPlot({ chart, rows, height }: { chart: PackChartData; rows: PackRow[]; height: number }) {
  const common = { accessibilityLayer: false, responsive: true, style: { width: "100%", height }, data: rows, margin: { top: 8, right: 16, bottom: 8, left: 4 } } as const;
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#d9dfe8" />
      <XAxis dataKey="label" tick={{ fontSize: 12 }} />
      <YAxis tick={{ fontSize: 12 }} tickFormatter={(v: number) => formatDecimal(v)} width="auto" />
      <Tooltip formatter={(value) => (typeof value === "number" ? formatDecimal(value) : "–")} />
      {chart.series.length > 1 && <Legend />}
    </>
  );
  return chart.kind === "line" ? (
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
  );
}
