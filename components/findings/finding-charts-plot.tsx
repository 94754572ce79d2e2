"use client";
// The register's plots, drawn only in the browser: recharts stays out of the page's first load and
// its chunk is not preloaded from the HTML. One chunk holds the three. (next/dynamic wants its options as a literal in each call.)
import dynamic from "next/dynamic";
import { LazyChartFallback } from "@/components/charts/lazy-chart-fallback";

export const ParetoPlot = dynamic(() => import("./finding-charts-view").then((m) => m.ParetoPlot), { ssr: false, loading: LazyChartFallback });
export const AgeingPlot = dynamic(() => import("./finding-charts-view").then((m) => m.AgeingPlot), { ssr: false, loading: LazyChartFallback });
export const PerMonthPlot = dynamic(() => import("./finding-charts-view").then((m) => m.PerMonthPlot), { ssr: false, loading: LazyChartFallback });
