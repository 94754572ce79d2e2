// npm run bench [-- --only=load,bundle] [--reuse] [--scale=0.05] [--duration=10] [--out=DIR] [--no-readme]
// Runs the parts of the benchmark in order, each on its own: a part that fails is recorded with its
// error and the run goes on. Writes bench/results/<YYYY-MM-DD>.json (every section's data and the
// machine) and .md (the tables and goal checks), merging with the day's earlier results, and puts
// the latest tables into the README between its bench markers.
//
// The parts, each imported when it runs:
//   generate/section.ts  generateSection: the province (kept with --reuse)
//   load.ts              runLoadPart: its own server on the province, pages against their SQL
//   demo-compare.ts      runDemoCompare: its own PGlite and PostgreSQL servers on the demo data
//   scale-out.ts         runScaleOut: two servers behind a proxy on a demo database of its own
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { buildIsCurrent } from "../lib/build-state";
import { BENCH_DATABASE_URL, benchAccount, DEMO_PG_DATABASE_URL, type BenchSection } from "./contract";
import { projectRoot } from "./lib/server";
import {
  mergeResults,
  replaceReadmeSection,
  resultsDocument,
  resultsMarkdown,
  type BenchResults,
  type Machine,
  type PartResult,
} from "./report";

interface RunOptions {
  only: Set<string> | null;
  reuse: boolean;
  scale: number;
  durationSeconds: number;
  outDir: string;
  readme: boolean;
}

type Sections = BenchSection | BenchSection[] | null;

interface Part {
  id: string;
  title: string;
  /** Runs on the production build: `build` comes first when it is stale. */
  needsBuild?: boolean;
  run(options: RunOptions): Promise<Sections>;
}

const PARTS: Part[] = [
  {
    id: "generate",
    title: "Province data (generate)",
    run: async (o) =>
      (await import("./generate/section")).generateSection({ scale: o.scale, reuse: o.reuse }),
  },
  { id: "build", title: "Production build", run: () => ensureBuild() },
  {
    id: "load",
    title: "Pages against their SQL (load)",
    needsBuild: true,
    run: async (o) =>
      (await import("./load")).runLoadPart({ databaseUrl: BENCH_DATABASE_URL, durationSeconds: o.durationSeconds }),
  },
  {
    id: "demo-compare",
    title: "PGlite against PostgreSQL (demo data)",
    needsBuild: true,
    run: async (o) =>
      (await import("./demo-compare")).runDemoCompare({ databaseUrl: DEMO_PG_DATABASE_URL, durationSeconds: o.durationSeconds }),
  },
  {
    id: "scale-out",
    title: "Scale-out: two servers behind one port",
    needsBuild: true,
    run: async (o) =>
      (await import("./scale-out")).runScaleOut({ durationSeconds: o.durationSeconds }),
  },
  {
    id: "seed-import",
    title: "Seed SOP documents",
    run: async () => (await import("./seed-import")).runSeedImport(),
  },
  {
    id: "bundle",
    title: "First-load JavaScript per route",
    needsBuild: true,
    // Checked against real downloads in Chromium on the province (a failed check is a note).
    run: async () =>
      (await import("./bundle")).runBundle({
        root: projectRoot,
        browser: { databaseUrl: BENCH_DATABASE_URL, email: benchAccount.manajerMutu(1), port: 3449 },
      }),
  },
];
export const PART_IDS = PARTS.map((p) => p.id);

async function ensureBuild(): Promise<BenchSection> {
  const current = buildIsCurrent(projectRoot);
  const started = performance.now();
  if (!current) {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "build"], {
        cwd: projectRoot,
        stdio: "inherit",
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      });
      child.once("error", reject);
      child.once("exit", resolve);
    });
    if (code !== 0) throw new Error(`next build exited with ${code}`);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    id: "build",
    title: "Production build",
    header: ["Build", "Time s"],
    rows: [[current ? "current, reused" : "built", current ? "" : seconds.toFixed(0)]],
    data: { reused: current, seconds },
  };
}

export function parseArgs(argv: string[]): RunOptions {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = value("only");
  const ids = only ? new Set(only.split(",").map((s) => s.trim()).filter(Boolean)) : null;
  const unknown = [...(ids ?? [])].filter((id) => !PART_IDS.includes(id));
  if (unknown.length) throw new Error(`Unknown part(s) ${unknown.join(", ")}; the parts: ${PART_IDS.join(", ")}`);
  const scale = Number(value("scale") ?? 1);
  const durationSeconds = Number(value("duration") ?? 10);
  if (!(scale > 0) || !(durationSeconds > 0)) throw new Error("--scale and --duration take positive numbers");
  return {
    only: ids,
    reuse: argv.includes("--reuse"),
    scale,
    durationSeconds,
    outDir: path.resolve(value("out") ?? path.join(projectRoot, "bench", "results")),
    readme: !argv.includes("--no-readme"),
  };
}

/** The parts this run takes: those asked for, and the build before any that needs it. */
export function selectParts(only: Set<string> | null): string[] {
  if (!only) return PART_IDS;
  const needsBuild = PARTS.some((p) => p.needsBuild && only.has(p.id));
  return PART_IDS.filter((id) => only.has(id) || (id === "build" && needsBuild));
}

async function runPart(p: Part, options: RunOptions): Promise<PartResult> {
  console.log(`\n== ${p.title} (${p.id})`);
  const started = performance.now();
  const done = (rest: Pick<PartResult, "status" | "sections" | "error">): PartResult => ({
    id: p.id,
    title: p.title,
    seconds: (performance.now() - started) / 1000,
    finishedAt: new Date().toISOString(),
    ...rest,
  });
  try {
    const out = await p.run(options);
    const sections = out === null ? [] : Array.isArray(out) ? out : [out];
    return done({ status: "ok", sections });
  } catch (error) {
    console.error(`   failed:`, error);
    const message = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
    return done({ status: "failed", sections: [], error: message });
  }
}

function sh(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: BENCH_DATABASE_URL.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    return rows[0].server_version;
  } catch {
    return "unreachable";
  } finally {
    await client.end().catch(() => {});
  }
}

async function machine(scale: number): Promise<Machine> {
  const dirty = sh("git", ["status", "--porcelain"]) ? "+changes" : "";
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: await postgresVersion(),
    commit: `${sh("git", ["rev-parse", "--short", "HEAD"])}${dirty}`,
    scale,
  };
}

function localDate(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export async function runBench(options: RunOptions): Promise<BenchResults> {
  const ids = selectParts(options.only);
  const parts: PartResult[] = [];
  for (const p of PARTS.filter((p) => ids.includes(p.id))) parts.push(await runPart(p, options));

  const now: BenchResults = { date: localDate(), machine: await machine(options.scale), parts };
  mkdirSync(options.outDir, { recursive: true });
  const jsonFile = path.join(options.outDir, `${now.date}.json`);
  const earlier = existsSync(jsonFile) ? (JSON.parse(readFileSync(jsonFile, "utf8")) as BenchResults) : null;
  const results = mergeResults(earlier, now, PART_IDS);
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(options.outDir, `${now.date}.md`), resultsDocument(results));
  console.log(`\nWrote ${jsonFile} and ${now.date}.md`);
  if (options.readme) {
    const readmeFile = path.join(projectRoot, "README.md");
    const where = path.relative(projectRoot, path.join(options.outDir, results.date));
    const link = `Latest run; every figure and its raw data: \`${where}.md\` and \`.json\`.`;
    const readme = readFileSync(readmeFile, "utf8");
    writeFileSync(readmeFile, replaceReadmeSection(readme, `${link}\n\n${resultsMarkdown(results, 4)}`));
    console.log("README.md: Benchmark section replaced");
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const results = await runBench(parseArgs(process.argv.slice(2)));
  const failed = results.parts.filter((p) => p.status === "failed").map((p) => p.id);
  if (failed.length) console.log(`Failed parts: ${failed.join(", ")}`);
  // Parts may leave handles (pools, timers) open; the run is over.
  process.exit(failed.length ? 1 : 0);
}
