"use client";
// The plot of TargetLineChart (recharts), loaded only in the browser through TargetLinePlot.
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatDecimal } from "@/lib/utils/number";
import type { TargetLineChartProps } from "./target-line-chart";
import { TARGET_COLOR, VALUE_COLOR, withUnit } from "./target-line-style";
import { valueAxis } from "./value-axis";

export type TargetLinePlotProps = Required<Omit<TargetLineChartProps, "title">>;

export function TargetLinePlot({ data, target, unit, floor, height }: TargetLinePlotProps) {
  const measured = data.flatMap((d) => (d.value === null ? [] : [d.value]));
  const targets = target ? (target.kind === "single" ? [target.value] : [target.low, target.high]) : [];
  // Headroom above the highest value or target: the top tick and the target's label (inside the
  // plot, above its line) never touch the frame.
  const axis = valueAxis([...measured, ...targets], { floor });
  return (
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
  );
}
