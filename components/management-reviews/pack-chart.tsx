"use client";
// The chart's code (recharts) is split off the page's first-load JavaScript: it is still rendered
// on the server, and its chunk loads beside the page instead of inside it.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { LazyChartFallback } from "@/components/charts/lazy-chart-fallback";
import type { PackChart as PackChartView } from "./pack-chart-view";

const View = dynamic(() => import("./pack-chart-view").then((m) => m.PackChart), {
  loading: () => <LazyChartFallback height={260} />,
});

export function PackChart(props: ComponentProps<typeof PackChartView>) {
  return <View {...props} />;
}
