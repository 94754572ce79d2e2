"use client";
// The register's plots, drawn only in the browser: recharts stays out of the page's first load and
// its chunk is not preloaded from the HTML. One chunk holds the three.
import dynamic from "next/dynamic";
import { LazyChartFallback } from "@/components/charts/lazy-chart-fallback";

const options = { ssr: false, loading: LazyChartFallback } as const;

export const ParetoPlot = dynamic(() => import("./finding-charts-view").then((m) => m.ParetoPlot), options);
export const AgeingPlot = dynamic(() => import("./finding-charts-view").then((m) => m.AgeingPlot), options);
export const PerMonthPlot = dynamic(() => import("./finding-charts-view").then((m) => m.PerMonthPlot), options);
