"use client";
// The plot of a pack chart, drawn only in the browser: recharts stays out of the review's first
// load and its chunk is not preloaded from the HTML.
import dynamic from "next/dynamic";
import { LazyChartFallback } from "@/components/charts/lazy-chart-fallback";

export const PackPlot = dynamic(() => import("./pack-chart-view").then((m) => m.PackPlot), {
  ssr: false,
  loading: LazyChartFallback,
});
