"use client";
// The charts' code (recharts) is split off the register's first-load JavaScript: they are still
// rendered on the server, and their chunk loads beside the page instead of inside it.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { LazyChartFallback } from "@/components/charts/lazy-chart-fallback";
import type { FindingChartsPanel as FindingChartsView } from "./finding-charts-view";

const View = dynamic(() => import("./finding-charts-view").then((m) => m.FindingChartsPanel), {
  loading: () => <LazyChartFallback height={520} />,
});

export function FindingChartsPanel(props: ComponentProps<typeof FindingChartsView>) {
  return <View {...props} />;
}
