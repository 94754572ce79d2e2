"use client";
// The plot of AchievementShareChart (recharts), loaded only in the browser through
// AchievementSharePlot.
import { useEffect, useRef, useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Text, Tooltip, XAxis, YAxis } from "recharts";
import { formatDecimal } from "@/lib/utils/number";
import type { AchievementShareDatum } from "./achievement-share-chart";

/** Same palette as the heatmap cells (components/objectives/overview-heatmap.module.css). */
const ACHIEVED_COLOUR = "#1f7a45";
const MISSED_COLOUR = "#c62828";

const PERCENT_WIDTH = 100;

const percentText = (percent: number | null) => (percent === null ? "belum diukur" : `${formatDecimal(percent)}%`);

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

export function AchievementSharePlot({ data, height }: { data: AchievementShareDatum[]; height: number }) {
  const [ref, width] = useWidth();
  const labelWidth = Math.round(Math.min(240, Math.max(96, width * 0.34)));
  return (
    <div ref={ref} style={{ height }}>
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
  );
}
