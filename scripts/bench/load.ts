// The load part of the bench (issue 17): on a started production server, each scenario of
// scenarios.ts at 1/10/20 signed-in users beside its raw SQL at the same concurrency, the static
// ceiling of the same app, and the server's memory at rest and under the 20-user load.
//   npx tsx scripts/bench/load.ts [--database-url=…] [--duration=10] [--warmup=3] [--port=3420] [--only=id,id]
import { readdirSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { DEMO_PASSWORD } from "../../seeds/users";
import { BENCH_DATABASE_URL, CONCURRENCY_LEVELS, GOALS, ms, type BenchSection, type GoalCheck, type Latency } from "./contract";
import { measure, signIn, type RequestShape, type Session } from "./lib/http";
import { projectRoot, startServer, type RunningServer } from "./lib/server";
import { buildScenarios, checklistActionId, type Actor, type Scenario } from "./scenarios";

export interface RunLoadOptions {
  server: RunningServer;
  /** The database the server runs on (the SQL side runs on it too). */
  databaseUrl: string;
  durationSeconds?: number;
  warmupSeconds?: number;
  levels?: readonly number[];
  /** Only these scenario ids (all when absent). */
  only?: string[];
  log?: (line: string) => void;
}

interface Measured {
  scenario: string;
  title: string;
  kind: string;
  users: number;
  distinctUsers: number;
  page: Latency;
  sql: Latency;
  ratioP50: number;
}

const RSS_SAMPLE_MS = 200;
const SETTLE_MS = 3_000;

export async function runLoad(opts: RunLoadOptions): Promise<BenchSection[]> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const levels = opts.levels ?? CONCURRENCY_LEVELS;
  const duration = opts.durationSeconds ?? 10;
  const warmup = opts.warmupSeconds ?? 3;
  const maxLevel = Math.max(...levels);
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: maxLevel + 2 });
  const server = opts.server;
  try {
    const { scenarios: all, skipped } = await buildScenarios(pool);
    const scenarios = all.filter((s) => !opts.only || opts.only.includes(s.id));
    const sessions = await signInAll(server.url, scenarios, log);
    const verification = new Map<string, string | null>();
    for (const s of scenarios) verification.set(s.id, await verify(server.url, s, sessions, pool));
    for (const [id, problem] of verification) log(`  check ${id}: ${problem ?? "ok"}`);

    // A short warm-up of every page before the memory at rest is read.
    for (const s of scenarios) await measure(server.url, shapeOf(s), { connections: 1, durationSeconds: 1, sessions: sessionsOf(s, sessions) });
    const restMiB = server.rssMiB();
    const idleMs = await loginTime(server.url, 5);

    const results: Measured[] = [];
    let peakMiB = restMiB;
    for (const s of scenarios) {
      if (verification.get(s.id)) continue;
      for (const users of levels) {
        await settle(s, pool);
        const sampler = users === maxLevel ? sampleRss(server) : null;
        const page = await measure(server.url, shapeOf(s), {
          connections: users, durationSeconds: duration, warmupSeconds: warmup, sessions: sessionsOf(s, sessions), afterWarmup: () => settle(s, pool),
        });
        if (sampler) peakMiB = Math.max(peakMiB, sampler.stop());
        await drain(server.url, idleMs);
        await settle(s, pool);
        const sql = await measureSql(pool, s, users, duration, warmup);
        const distinctUsers = new Set(Array.from({ length: users }, (_, i) => actorAt(s, i).email)).size;
        results.push({ scenario: s.id, title: s.title, kind: s.kind, users, distinctUsers, page, sql, ratioP50: page.p50 / sql.p50 });
        log(`  ${s.id} @${users}: page p50 ${fmt(page.p50)} p95 ${fmt(page.p95)} (${page.requests} req, ${page.errors} err) · SQL p50 ${fmt(sql.p50)} p95 ${fmt(sql.p95)} (${sql.errors} err) · ${ratio(page.p50 / sql.p50)}`);
      }
    }

    const ceiling = await measureCeiling(server.url, levels, duration, warmup);
    for (const c of ceiling) log(`  ceiling ${c.what} @${c.users}: p50 ${ms(c.latency.p50)} p95 ${ms(c.latency.p95)} ${c.latency.rps.toFixed(0)} req/s`);
    return [pagesSection(results, scenarios, skipped, verification, duration, warmup), ceilingSection(ceiling, results), memorySection(restMiB, peakMiB, maxLevel)];
  } finally {
    await pool.end();
  }
}

/** The median time of `n` sign-in pages in a row (a dynamic render without data). */
export async function loginTime(baseUrl: string, n: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await (await fetch(`${baseUrl}/login`)).text();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)];
}

/**
 * autocannon stops at the end of a run, but the server still renders the requests it cut off;
 * on a slow page at 20 users that backlog runs into the next measurement. Wait until the login
 * page answers about as fast as at rest, three times in a row (at most a minute).
 */
export async function drain(baseUrl: string, idleMs: number) {
  const deadline = Date.now() + 60_000;
  let quick = 0;
  while (quick < 3 && Date.now() < deadline) {
    quick = (await loginTime(baseUrl, 1)) <= Math.max(3 * idleMs, 50) ? quick + 1 : 0;
  }
}

/**
 * Before each phase of a scenario that writes: requests cut off at the end of the previous phase
 * may still be committing on the server, so wait, then read what each actor must send.
 */
async function settle(s: Scenario, pool: pg.Pool) {
  if (!s.refresh) return;
  await sleep(SETTLE_MS);
  await s.refresh(pool);
}

const actorAt = (s: Scenario, connection: number): Actor => s.actors[connection % s.actors.length];
const sessionsOf = (s: Scenario, sessions: Map<string, Session>) => s.actors.map((a) => sessions.get(a.email)!);

function shapeOf(s: Scenario): RequestShape {
  const actionHeaders: Record<string, string> = s.kind === "save" ? { "next-action": checklistActionId(projectRoot) } : {};
  return {
    path: s.actors[0].path,
    method: s.method,
    headers: { ...s.headers, ...actionHeaders },
    vary: (connection) => {
      const actor = actorAt(s, connection);
      return { path: actor.path, ...(s.body ? { body: s.body(actor) } : {}) };
    },
    check: (_status, body, connection) => (s.check ? s.check(body, actorAt(s, connection)) : s.markers.every((m) => body.includes(m))),
  };
}

async function signInAll(baseUrl: string, scenarios: Scenario[], log: (line: string) => void): Promise<Map<string, Session>> {
  const emails = [...new Set(scenarios.flatMap((s) => s.actors.map((a) => a.email)))];
  const sessions = new Map<string, Session>();
  for (const email of emails) sessions.set(email, await signIn(baseUrl, email, DEMO_PASSWORD));
  log(`  signed in ${sessions.size} users`);
  return sessions;
}

/** One request per actor: 200 (a redirect to /login is a failure) with the page's markers; the save reads its row back. */
async function verify(baseUrl: string, s: Scenario, sessions: Map<string, Session>, pool: pg.Pool): Promise<string | null> {
  const shape = shapeOf(s);
  for (const [i, actor] of s.actors.entries()) {
    const before = actor.item?.version;
    const varied = shape.vary!(i);
    const res = await fetch(baseUrl + varied.path, {
      method: s.method, redirect: "manual", body: varied.body,
      headers: { ...shape.headers, cookie: sessions.get(actor.email)!.cookie },
    });
    const text = await res.text();
    if (res.status !== 200) return `${actor.email}: HTTP ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}`;
    if (!shape.check!(200, text, i)) return `${actor.email}: marker missing (${s.markers.join(", ") || "per-actor heading"}): ${text.slice(0, 200).replace(/\s+/g, " ")}`;
    if (actor.item) {
      const { rows } = await pool.query<{ version: number; answer: string; answeredById: string }>(
        `SELECT version, answer::text AS answer, "answeredById" FROM "ChecklistItem" WHERE id = $1`, [actor.item.id]);
      const row = rows[0];
      if (!row || row.version !== before! + 1 || row.answer !== "SESUAI" || row.answeredById !== actor.item.userId) {
        return `${actor.email}: the save did not write (row ${JSON.stringify(row)}, version before ${before})`;
      }
    }
  }
  return null;
}

/** The same SQL at the same concurrency: N pool clients, each running its actor's SQL in a loop. */
async function measureSql(pool: pg.Pool, s: Scenario, clients: number, durationSeconds: number, warmupSeconds: number): Promise<Latency> {
  const loop = async (seconds: number, times: number[] | null) => {
    let errors = 0;
    const end = performance.now() + seconds * 1000;
    await Promise.all(Array.from({ length: clients }, async (_, i) => {
      const client = await pool.connect();
      try {
        while (performance.now() < end) {
          const start = performance.now();
          try {
            await s.runSql(client, actorAt(s, i));
            times?.push(performance.now() - start);
          } catch {
            errors++;
          }
        }
      } finally {
        client.release();
      }
    }));
    return errors;
  };
  if (warmupSeconds) await loop(warmupSeconds, null);
  const times: number[] = [];
  const errors = await loop(durationSeconds, times);
  return latencyOf(times, durationSeconds, errors);
}

function latencyOf(times: number[], seconds: number, errors: number): Latency {
  times.sort((a, b) => a - b);
  const at = (p: number) => (times.length ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] : NaN);
  return { p50: at(50), p95: at(95), p99: at(99), mean: times.reduce((a, b) => a + b, 0) / (times.length || 1), rps: times.length / seconds, requests: times.length, errors };
}

function sampleRss(server: RunningServer) {
  let peak = server.rssMiB();
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, server.rssMiB());
    } catch {
      // the process is gone; the run reports its errors
    }
  }, RSS_SAMPLE_MS);
  return { stop: () => (clearInterval(timer), peak) };
}

interface CeilingRow {
  what: string;
  users: number;
  latency: Latency;
}

/**
 * Every route of the build is dynamic (ƒ: the root layout renders per request for the CSP nonce),
 * so there is no prerendered page to serve. The ceiling is measured twice: the login page signed
 * out (the framework's render and the proxy, no database) and a file of the build's static
 * assets (served by Next.js without rendering).
 */
async function measureCeiling(baseUrl: string, levels: readonly number[], durationSeconds: number, warmupSeconds: number): Promise<CeilingRow[]> {
  const chunks = readdirSync(path.join(projectRoot, ".next", "static", "chunks")).filter((f) => f.endsWith(".js")).sort();
  const shapes: [string, RequestShape][] = [
    ["/login (dynamic render, no session, no data)", { path: "/login", check: (_s, body) => body.includes("Portal Mutu") }],
    [`/_next/static/chunks/${chunks[0]} (static file)`, { path: `/_next/static/chunks/${chunks[0]}` }],
  ];
  const out: CeilingRow[] = [];
  for (const [what, shape] of shapes) {
    for (const users of levels) out.push({ what, users, latency: await measure(baseUrl, shape, { connections: users, durationSeconds, warmupSeconds }) });
  }
  return out;
}

/** A level where no answer came back inside the window (every request slower than it) shows "–". */
const fmt = (value: number) => (Number.isFinite(value) ? ms(value) : "–");
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "–");
const latencyCells = (l: Latency) => [fmt(l.p50), fmt(l.p95), fmt(l.p99)];

function pagesSection(
  results: Measured[], scenarios: Scenario[], skipped: { id: string; reason: string }[], verification: Map<string, string | null>,
  duration: number, warmup: number,
): BenchSection {
  const goals: GoalCheck[] = [];
  for (const r of results) {
    if (r.kind === "dashboard") {
      goals.push({ name: `${r.scenario} @${r.users}: page p50 / SQL p50`, goal: `≤ ${GOALS.dashboardToSqlRatio}×`, value: ratio(r.ratioP50), met: r.ratioP50 <= GOALS.dashboardToSqlRatio });
    }
    if (r.kind === "list" && r.users === 20) {
      goals.push({ name: `${r.scenario} @20: page p95`, goal: `< ${GOALS.listP95Ms} ms`, value: `${fmt(r.page.p95)} ms`, met: r.page.p95 < GOALS.listP95Ms && r.page.errors === 0 });
    }
  }
  for (const [id, problem] of verification) {
    if (problem) goals.push({ name: `${id}: renders its data`, goal: "HTTP 200 with the page's marker", value: problem, met: false });
  }
  return {
    id: "load-pages",
    title: "Halaman terhadap SQL mentahnya (pengguna bersamaan)",
    header: ["Skenario", "Pengguna (berbeda)", "Halaman p50", "p95", "p99", "req/s", "galat", "SQL p50", "p95", "p99", "galat SQL", "Halaman/SQL (p50)"],
    rows: results.map((r) => [
      r.scenario, `${r.users} (${r.distinctUsers})`, ...latencyCells(r.page), r.page.rps.toFixed(1), String(r.page.errors),
      ...latencyCells(r.sql), String(r.sql.errors), ratio(r.ratioP50),
    ]),
    notes: [
      `Each level: ${warmup} s warm-up, then ${duration} s measured; one signed-in user per connection (one autocannon connection each), the SQL on a pg pool client per user running the same data's query in a loop.`,
      ...scenarios.map((s) => `${s.id}: ${s.title}; ${s.notes.join("; ")}`),
      ...skipped.map((s) => `${s.id}: not measured: ${s.reason}`),
    ],
    goals,
    data: { results, skipped, verification: Object.fromEntries(verification) },
  };
}

function ceilingSection(rows: CeilingRow[], results: Measured[]): BenchSection {
  return {
    id: "load-ceiling",
    title: "Batas atas kerangka kerja (halaman tanpa data)",
    header: ["Permintaan", "Pengguna", "p50", "p95", "p99", "req/s", "galat"],
    rows: rows.map((c) => [c.what, String(c.users), ...latencyCells(c.latency), c.latency.rps.toFixed(0), String(c.latency.errors)]),
    notes: [
      "No route of the build is prerendered (every page is ƒ: the root layout is force-dynamic for the CSP nonce), so the login page signed out is the nearest \"static page\" and a build asset is the server's own floor.",
      `Pages measured: ${new Set(results.map((r) => r.scenario)).size}.`,
    ],
    data: rows,
  };
}

function memorySection(restMiB: number, peakMiB: number, level: number): BenchSection {
  return {
    id: "load-memory",
    title: "Memori server (RSS)",
    header: ["Saat", "RSS (MiB)"],
    rows: [["Diam (setelah mulai dan pemanasan)", restMiB.toFixed(0)], [`Puncak di bawah beban ${level} pengguna (sampel tiap ${RSS_SAMPLE_MS} ms)`, peakMiB.toFixed(0)]],
    data: { restMiB, peakMiB, level },
  };
}

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=").slice(1).join("=");
}

/** The load part of `npm run bench`: its own production server on the database, then runLoad. */
export async function runLoadPart(options: {
  databaseUrl: string;
  port?: number;
  durationSeconds?: number;
  warmupSeconds?: number;
  levels?: readonly number[];
  only?: string[];
}): Promise<BenchSection[]> {
  const { databaseUrl, port = 3420, ...rest } = options;
  console.log(`Load bench on ${databaseUrl.replace(/\/\/[^@]*@/, "//")} (port ${port})`);
  const server = await startServer({ port, env: { NODE_ENV: "production", DATABASE_URL: databaseUrl } });
  try {
    return await runLoad({ server, databaseUrl, ...rest });
  } finally {
    if (process.env.BENCH_SERVER_LOG) console.log(`\n--- server output (last 40 lines) ---\n${server.output().split("\n").slice(-40).join("\n")}`);
    await server.stop();
  }
}

async function main() {
  const sections = await runLoadPart({
    databaseUrl: arg("database-url") ?? BENCH_DATABASE_URL,
    port: Number(arg("port") ?? 3420),
    durationSeconds: Number(arg("duration") ?? 10),
    warmupSeconds: Number(arg("warmup") ?? 3),
    ...(arg("levels") ? { levels: arg("levels")!.split(",").map(Number) } : {}),
    ...(arg("only") ? { only: arg("only")!.split(",") } : {}),
  });
  for (const s of sections) {
    console.log(`\n## ${s.title}\n\n| ${s.header.join(" | ")} |\n|${s.header.map(() => "---").join("|")}|`);
    for (const r of s.rows) console.log(`| ${r.join(" | ")} |`);
    for (const n of s.notes ?? []) console.log(`- ${n}`);
    for (const g of s.goals ?? []) console.log(`- ${g.met ? "✓" : "✗"} ${g.name}: ${g.value} (goal ${g.goal})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
