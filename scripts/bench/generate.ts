// npm run bench:generate [-- --scale=0.05] [--reuse] [--no-verify]: fills BENCH_DATABASE_URL with the
// deterministic province (issue 17), prints the time per phase and the rows per table, then the
// smoke check of scripts/bench/generate/verify.ts (needs `npx next build`).
import { BENCH_DATABASE_URL } from "./contract";
import { generateProvince } from "./generate/run";
import { smokeCheck } from "./generate/verify";

const args = process.argv.slice(2);
const scaleArg = args.find((a) => a.startsWith("--scale="));
const scale = scaleArg ? Number(scaleArg.slice("--scale=".length)) : 1;
if (!(scale > 0)) throw new Error(`--scale harus angka positif: ${scaleArg}`);

console.log(`Provinsi bench: ${BENCH_DATABASE_URL.replace(/\/\/[^@]*@/, "//")} skala ${scale}`);
const result = await generateProvince({ databaseUrl: BENCH_DATABASE_URL, scale, reuse: args.includes("--reuse"), log: console.log });
if (!result.reused) console.log(`Selesai dalam ${(result.totalMs / 1000).toFixed(1)} s.`);
for (const [table, n] of Object.entries(result.counts)) console.log(`  ${table.padEnd(32)} ${n}`);
if (!args.includes("--no-verify")) {
  const report = await smokeCheck(BENCH_DATABASE_URL);
  for (const line of report.lines) console.log(line);
  if (!report.ok) process.exitCode = 1;
}
