"use client";
// The chart's code (recharts) is split off the page's first-load JavaScript: it is still rendered
// on the server, and its chunk loads beside the page instead of inside it.
import dynamic from "next/dynamic";
import { LazyChartFallback } from "./lazy-chart-fallback";
import type { AchievementShareChartProps } from "./achievement-share-chart-view";

export type { AchievementShareChartProps, AchievementShareDatum } from "./achievement-share-chart-view";

const View = dynamic(() => import("./achievement-share-chart-view").then((m) => m.AchievementShareChart), {
  loading: () => <LazyChartFallback height={240} />,
});

export function AchievementShareChart(props: AchievementShareChartProps) {
  return <View {...props} />;
}
