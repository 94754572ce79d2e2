"use client";
// The plot of AchievementShareChart, drawn only in the browser: recharts stays out of the page's
// first load and its chunk is not preloaded from the HTML.
import dynamic from "next/dynamic";
import { LazyChartFallback } from "./lazy-chart-fallback";

export const AchievementSharePlot = dynamic(() => import("./achievement-share-chart-view").then((m) => m.AchievementSharePlot), {
  ssr: false,
  loading: LazyChartFallback,
});
