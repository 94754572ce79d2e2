"use client";
// The plot of TargetLineChart, drawn only in the browser: recharts (about 130 KB gzip) stays out of
// the page's first load and its chunk is not preloaded from the HTML.
import dynamic from "next/dynamic";
import { LazyChartFallback } from "./lazy-chart-fallback";

export const TargetLinePlot = dynamic(() => import("./target-line-chart-view").then((m) => m.TargetLinePlot), {
  ssr: false,
  loading: LazyChartFallback,
});
