"use client";
// The chart's code (recharts, about 130 KB gzip) is split off the page's first-load JavaScript: it
// is still rendered on the server, and its chunk loads beside the page instead of inside it.
import dynamic from "next/dynamic";
import { LazyChartFallback } from "./lazy-chart-fallback";
import type { TargetLineChartProps } from "./target-line-chart-view";

export type { TargetLine, TargetLineChartProps, TargetLinePoint } from "./target-line-chart-view";

const View = dynamic(() => import("./target-line-chart-view").then((m) => m.TargetLineChart), {
  loading: () => <LazyChartFallback height={300} />,
});

export function TargetLineChart(props: TargetLineChartProps) {
  return <View {...props} />;
}
