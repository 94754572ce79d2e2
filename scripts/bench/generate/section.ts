// The generator as a part of `npm run bench`: the province generated (or kept with --reuse), the
// time per phase and the rows per table.
import { BENCH_DATABASE_URL, type BenchSection } from "../contract";
import { generateProvince } from "./run";

export async function generateSection(options: { scale: number; reuse: boolean }): Promise<BenchSection> {
  const result = await generateProvince({ databaseUrl: BENCH_DATABASE_URL, scale: options.scale, reuse: options.reuse, log: console.log });
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const phases = result.phases.map((p) => [p.name, `${seconds(p.ms)} s`, ""]);
  const counts = Object.entries(result.counts).map(([table, n]) => [table, "", n.toLocaleString("en-US")]);
  return {
    id: "generate",
    title: "Province data (generated)",
    header: ["Phase or table", "Time", "Rows"],
    rows: [...phases, ...(result.reused ? [] : [["total", `${seconds(result.totalMs)} s`, ""]]), ...counts],
    notes: [
      result.reused
        ? "Kept from an earlier run (--reuse): same seed, scale and history key."
        : `Generated at scale ${options.scale} on PostgreSQL in ${seconds(result.totalMs)} s.`,
    ],
    data: result,
  };
}
