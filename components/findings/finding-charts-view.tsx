"use client";
// The register's plots (recharts), loaded only in the browser through finding-charts-plot.
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { FindingCharts } from "@/lib/findings/types";
import type { ParetoRow } from "./finding-charts";

const margin = { top: 8, right: 16, bottom: 8, left: 0 };

export function ParetoPlot({ data, height }: { data: ParetoRow[]; height: number }) {
  const labelOf = (key: unknown) => data.find((d) => d.key === key)?.label;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart accessibilityLayer={false} data={data} margin={margin}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="key" tick={{ fontSize: 11 }} tickFormatter={(k: string) => labelOf(k)?.slice(0, 14) ?? k} />
        <YAxis yAxisId="count" allowDecimals={false} tick={{ fontSize: 11 }} />
        <YAxis yAxisId="share" orientation="right" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
        <Tooltip labelFormatter={(k) => labelOf(k) ?? String(k)} />
        <Legend />
        <Bar yAxisId="count" dataKey="count" name="Jumlah temuan" fill="#1d4ed8" />
        <Line yAxisId="share" dataKey="cumulative" name="Kumulatif (%)" stroke="#c2410c" dot />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

export function AgeingPlot({ data, height }: { data: FindingCharts["ageing"]; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={data} margin={margin}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
        <Tooltip />
        <Bar dataKey="count" name="Temuan terbuka" fill="#b45309" />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function PerMonthPlot({ data, height }: { data: FindingCharts["perMonth"]; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={data} margin={margin}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
        <Tooltip />
        <Legend />
        <Bar dataKey="opened" name="Dibuka" fill="#1d4ed8" />
        <Bar dataKey="closed" name="Ditutup/dicabut" fill="#15803d" />
      </BarChart>
    </ResponsiveContainer>
  );
}
