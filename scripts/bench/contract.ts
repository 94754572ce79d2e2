// The shared contract of `npm run bench` (issue 17): where the generated province lives, the
// accounts the load signs in with, and the shape every part of the run reports in. The parts:
//   generate.ts   the deterministic NTT-scale generator (PostgreSQL, --reuse keeps it)
//   load.ts       pages on the production build at 1/10/20 users against the raw SQL of each
//   scale-out.ts  two app servers behind one port: session, job, e-mail, files, throughput
//   demo.ts       PGlite against PostgreSQL on the demo data, seed parse/import time
//   bundle.ts     first-load JavaScript per route from the build output
//   run.ts        runs them in order and writes bench/results/<date>.json and .md
// Timing goals live here and in the results, never in tests.

/** The generated province: its own database on the machine's PostgreSQL, kept between runs. */
export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/portal_mutu_bench";
/** The demo data on PostgreSQL for the PGlite comparison (recreated each run). */
export const DEMO_PG_DATABASE_URL = process.env.BENCH_DEMO_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/portal_mutu_bench_demo";

/** The province at full scale (the figures); `--scale=0.05` multiplies every count. */
export const PROVINCE_SCALE = {
  agencies: 40,
  units: 600,
  users: 2_000,
  sops: 4_000,
  audits: 800,
  auditYears: 10,
  findings: 8_000,
  objectives: 1_600,
  measurementsPerObjective: 120,
  documentRevisions: 40_000,
  activityRows: 1_000_000,
} as const;
export type ProvinceScale = { -readonly [K in keyof typeof PROVINCE_SCALE]: number };

/** The generator's random seed: the same data on every run. */
export const GENERATOR_SEED = 20_261_129;

/** Every generated account signs in with the demo password (seeds/users.ts DEMO_PASSWORD). */
export const BENCH_EMAIL_DOMAIN = "bench.nttprov.go.id";
/** Agency n (1-based, two digits): its leader, quality manager, auditor and a plain employee. */
export const benchAccount = {
  province: `pemantau@${BENCH_EMAIL_DOMAIN}`, // PEMANTAU on the province root: the province dashboard
  admin: `admin@${BENCH_EMAIL_DOMAIN}`,
  pimpinan: (agency: number) => `pimpinan.a${String(agency).padStart(2, "0")}@${BENCH_EMAIL_DOMAIN}`,
  manajerMutu: (agency: number) => `mm.a${String(agency).padStart(2, "0")}@${BENCH_EMAIL_DOMAIN}`,
  auditor: (agency: number) => `auditor.a${String(agency).padStart(2, "0")}@${BENCH_EMAIL_DOMAIN}`,
  pegawai: (agency: number) => `pegawai.a${String(agency).padStart(2, "0")}@${BENCH_EMAIL_DOMAIN}`,
};

export const GOALS = {
  /** The leadership dashboard at most this many times its raw SQL (p50 against p50). */
  dashboardToSqlRatio: 1.5,
  /** Every list page's p95 at 20 concurrent users, in ms. */
  listP95Ms: 80,
  /** First-load JavaScript of every route, gzip, in KB. */
  firstLoadJsKb: 150,
} as const;

export const CONCURRENCY_LEVELS = [1, 10, 20] as const;

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Requests per second over the measured window. */
  rps: number;
  requests: number;
  /** Non-2xx answers and socket errors; a run with errors is reported, not hidden. */
  errors: number;
}

/** One goal checked against one figure. */
export interface GoalCheck {
  name: string;
  goal: string;
  value: string;
  met: boolean;
}

/** What each part returns: its raw figures for the JSON and one markdown table for the report. */
export interface BenchSection {
  id: string;
  title: string;
  header: string[];
  rows: string[][];
  notes?: string[];
  goals?: GoalCheck[];
  data: unknown;
}

export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
