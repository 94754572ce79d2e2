// PGlite against PostgreSQL on the demo data (issue 17): the page scenarios of scenarios.ts on one
// production server over a fresh PGlite directory and one over a fresh PostgreSQL database, both
// migrated and seeded by `npm start` itself, at 1 and 10 users.
//   npx tsx scripts/bench/demo-compare.ts [--database-url=…] [--duration=10] [--warmup=3] [--port=3421]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { DEMO_PASSWORD } from "../../seeds/users";
import { DEMO_PG_DATABASE_URL, ms, type BenchSection, type Latency } from "./contract";

const fmt = (value: number) => (Number.isFinite(value) ? ms(value) : "–");
import { measure, signIn, type Session } from "./lib/http";
import { startServer, type RunningServer } from "./lib/server";
import { drain, loginTime } from "./load";
import { buildScenarios, type Queryable, type Scenario } from "./scenarios";

export const DEMO_LEVELS = [1, 10] as const;

export interface DemoCompareOptions {
  /** The PostgreSQL database to recreate for the demo data. */
  databaseUrl?: string;
  port?: number;
  durationSeconds?: number;
  warmupSeconds?: number;
  log?: (line: string) => void;
}

interface Row {
  scenario: string;
  users: number;
  pglite: Latency;
  postgres: Latency;
}

type Engine = "pglite" | "postgres";

export async function runDemoCompare(opts: DemoCompareOptions = {}): Promise<BenchSection> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const databaseUrl = opts.databaseUrl ?? DEMO_PG_DATABASE_URL;
  const port = opts.port ?? 3421;
  const duration = opts.durationSeconds ?? 10;
  const warmup = opts.warmupSeconds ?? 3;
  const results: Record<Engine, Map<string, Latency>> = { pglite: new Map(), postgres: new Map() };
  const seedSeconds: Record<Engine, number> = { pglite: NaN, postgres: NaN };
  const pages: Record<Engine, Scenario[]> = { pglite: [], postgres: [] };

  const dir = mkdtempSync(path.join(tmpdir(), "portal-mutu-bench-pglite-"));
  try {
    // PGlite: the first start migrates and seeds the empty directory; the ids are then read with
    // PGlite itself while no server holds the directory, and the server is started again on it.
    let started = Date.now();
    const seeding = await startServer({ port, env: { NODE_ENV: "production", DATABASE_URL: "", PGLITE_DIR: dir }, readyTimeoutMs: 600_000 });
    seedSeconds.pglite = (Date.now() - started) / 1000;
    await seeding.stop();
    const lite = await PGlite.create(dir);
    try {
      pages.pglite = (await buildScenarios(lite as unknown as Queryable)).scenarios.filter((s) => s.kind !== "save");
    } finally {
      await lite.close();
    }
    log(`  PGlite seeded in ${seedSeconds.pglite.toFixed(0)} s`);
    await onServer(await startServer({ port, env: { NODE_ENV: "production", DATABASE_URL: "", PGLITE_DIR: dir } }), pages.pglite, results.pglite);

    await recreateDatabase(databaseUrl);
    started = Date.now();
    const server = await startServer({ port, env: { NODE_ENV: "production", DATABASE_URL: databaseUrl }, readyTimeoutMs: 600_000 });
    seedSeconds.postgres = (Date.now() - started) / 1000;
    log(`  PostgreSQL seeded in ${seedSeconds.postgres.toFixed(0)} s`);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    try {
      pages.postgres = (await buildScenarios(pool)).scenarios.filter((s) => s.kind !== "save");
    } finally {
      await pool.end();
    }
    await onServer(server, pages.postgres, results.postgres);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  async function onServer(server: RunningServer, scenarios: Scenario[], into: Map<string, Latency>) {
    try {
      const sessions = new Map<string, Session>();
      for (const email of new Set(scenarios.flatMap((s) => s.actors.map((a) => a.email)))) sessions.set(email, await signIn(server.url, email, DEMO_PASSWORD));
      const idleMs = await loginTime(server.url, 5);
      for (const s of scenarios) {
        for (const users of DEMO_LEVELS) {
          await drain(server.url, idleMs);
          const latency = await measure(server.url, {
            path: s.actors[0].path,
            vary: (c) => ({ path: s.actors[c % s.actors.length].path }),
            check: (_status, body, c) => (s.check ? s.check(body, s.actors[c % s.actors.length]) : s.markers.every((m) => body.includes(m))),
          }, { connections: users, durationSeconds: duration, warmupSeconds: warmup, sessions: s.actors.map((a) => sessions.get(a.email)!) });
          into.set(`${s.id}@${users}`, latency);
          log(`  ${s.id} @${users}: p50 ${fmt(latency.p50)} p95 ${fmt(latency.p95)} (${latency.requests} req, ${latency.errors} err)`);
        }
      }
    } finally {
      await server.stop();
    }
  }

  const rows: Row[] = [];
  for (const s of pages.postgres) {
    for (const users of DEMO_LEVELS) {
      const lite = results.pglite.get(`${s.id}@${users}`);
      const post = results.postgres.get(`${s.id}@${users}`);
      if (lite && post) rows.push({ scenario: s.id, users, pglite: lite, postgres: post });
    }
  }
  const missing = pages.postgres.filter((s) => !pages.pglite.some((l) => l.id === s.id)).map((s) => s.id);
  return {
    id: "demo-compare",
    title: "PGlite terhadap PostgreSQL pada data contoh",
    header: ["Skenario", "Pengguna", "PGlite p50", "p95", "galat", "PostgreSQL p50", "p95", "galat", "PGlite/PostgreSQL (p50)"],
    rows: rows.map((r) => [
      r.scenario, String(r.users), fmt(r.pglite.p50), fmt(r.pglite.p95), String(r.pglite.errors),
      fmt(r.postgres.p50), fmt(r.postgres.p95), String(r.postgres.errors),
      Number.isFinite(r.pglite.p50 / r.postgres.p50) ? `${(r.pglite.p50 / r.postgres.p50).toFixed(2)}×` : "–",
    ]),
    notes: [
      `Both servers start empty: \`npm start\` migrates and seeds the demo data (PGlite ${seedSeconds.pglite.toFixed(0)} s, PostgreSQL ${seedSeconds.postgres.toFixed(0)} s to the first answer).`,
      `Each level: ${warmup} s warm-up, ${duration} s measured; the ids of each scenario are picked on each database (the seeds give fresh ids).`,
      ...(missing.length ? [`Not found on PGlite: ${missing.join(", ")}`] : []),
    ],
    data: { rows, seedSeconds },
  };
}

async function recreateDatabase(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=").slice(1).join("=");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runDemoCompare({
    databaseUrl: arg("database-url"),
    port: arg("port") ? Number(arg("port")) : undefined,
    durationSeconds: Number(arg("duration") ?? 10),
    warmupSeconds: Number(arg("warmup") ?? 3),
  }).then(
    (s) => {
      console.log(`\n## ${s.title}\n\n| ${s.header.join(" | ")} |\n|${s.header.map(() => "---").join("|")}|`);
      for (const r of s.rows) console.log(`| ${r.join(" | ")} |`);
      for (const n of s.notes ?? []) console.log(`- ${n}`);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
