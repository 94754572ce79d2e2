// Runs the phases into one PostgreSQL database: recreate it (unless a complete generation of the
// same seed, scale and history key is there and `reuse` is asked), migrate with the project's own
// runner, fill it, and record the generation in SystemState last.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Pool } from "pg";
import { activityKey } from "../../../lib/activity/key";
import { applyMigrations } from "../../../lib/db/migrate";
import { postgresSession } from "../../../lib/db/sql";
import { GENERATOR_SEED, PROVINCE_SCALE, type ProvinceScale } from "../contract";
import { generateActivity } from "./activity";
import { generateAudits } from "./audits";
import { generateDocuments } from "./documents";
import { generateFindings } from "./findings";
import type { Generation } from "./model";
import { generateObjectives } from "./objectives";
import { generateOrg } from "./org";
import { generateReviews } from "./reviews";
import { generateSops } from "./sops";
import { seedIsoClauseRows } from "./iso-clauses";

export const GENERATED_STATE_KEY = "bench:generated";
/** Raise when the generated data changes shape, so --reuse regenerates. */
const GENERATOR_VERSION = 1;

export interface GenerateOptions {
  databaseUrl: string;
  scale: number;
  reuse: boolean;
  log?: (line: string) => void;
}

export interface GenerateResult {
  reused: boolean;
  phases: { name: string; ms: number }[];
  counts: Record<string, number>;
  totalMs: number;
}

export function scaleOf(factor: number): ProvinceScale {
  const out = {} as ProvinceScale;
  for (const [k, v] of Object.entries(PROVINCE_SCALE)) {
    out[k as keyof ProvinceScale] = k === "auditYears" || k === "measurementsPerObjective" ? v : v * factor;
  }
  return out;
}

/**
 * The history key must be the one the server will use: like scripts/start.ts, create the session
 * secret in .data/ when none is configured, before the first row is hashed (otherwise the rows
 * carry the development key and the server's first start makes them unverifiable).
 */
function ensureAuthSecretFile(): void {
  if (process.env.ACTIVITY_KEY || process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET) return;
  const file = path.join(process.cwd(), ".data", "auth-secret");
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
}

export function fingerprintOf(factor: number): string {
  ensureAuthSecretFile();
  const key = createHash("sha256").update(activityKey()).digest("hex").slice(0, 12);
  return JSON.stringify({ v: GENERATOR_VERSION, seed: GENERATOR_SEED, scale: factor, key });
}

async function withAdmin<T>(databaseUrl: string, fn: (pool: Pool, name: string) => Promise<T>): Promise<T> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const pool = new Pool({ connectionString: url.toString(), max: 1 });
  try {
    return await fn(pool, name);
  } finally {
    await pool.end();
  }
}

async function existingFingerprint(databaseUrl: string): Promise<string | null> {
  const exists = await withAdmin(databaseUrl, async (pool, name) => (await pool.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount);
  if (!exists) return null;
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const rows = await pool.query<{ value: string }>(`SELECT "value" FROM "SystemState" WHERE "key" = $1`, [GENERATED_STATE_KEY]);
    return rows.rows[0]?.value ?? null;
  } catch {
    return null;
  } finally {
    await pool.end();
  }
}

export async function tableCounts(databaseUrl: string): Promise<Record<string, number>> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const tables = await pool.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`);
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const r = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`);
      if (Number(r.rows[0].n) > 0) counts[name] = Number(r.rows[0].n);
    }
    return counts;
  } finally {
    await pool.end();
  }
}

export async function generateProvince(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const fingerprint = fingerprintOf(options.scale);
  if (options.reuse && (await existingFingerprint(options.databaseUrl)) === fingerprint) {
    log(`Basis data bench sudah berisi generasi lengkap (${fingerprint}): tidak dibuat ulang.`);
    return { reused: true, phases: [], counts: await tableCounts(options.databaseUrl), totalMs: performance.now() - started };
  }
  await withAdmin(options.databaseUrl, async (pool, name) => {
    await pool.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await pool.query(`CREATE DATABASE "${name}"`);
  });
  const pool = new Pool({ connectionString: options.databaseUrl, max: 1 });
  const phases: { name: string; ms: number }[] = [];
  try {
    const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      const t = performance.now();
      const result = await fn();
      const ms = performance.now() - t;
      phases.push({ name, ms });
      log(`  ${name}: ${(ms / 1000).toFixed(1)} s`);
      return result;
    };
    await phase("migrasi", () => applyMigrations(postgresSession(pool)));
    const client = await pool.connect();
    try {
      await client.query("SET synchronous_commit = off");
      const g: Generation = {
        client, scale: scaleOf(options.scale), root: null!, agencies: [], admin: null!, pemantau: null!, events: [], counters: {},
        openAuditIds: [], scheduledReviewIds: [], objectiveIds: [],
      };
      await phase("klausul ISO", () => seedIsoClauseRows(client));
      await phase("organisasi dan pengguna", () => generateOrg(g, { unit: 0, user: 0, grant: 0 }));
      await phase("SOP dan dokumen PROSEDUR", () => generateSops(g));
      const audits = await phase("program audit dan audit", () => generateAudits(g));
      await phase("temuan dan tindakan perbaikan", () => generateFindings(g, audits));
      await phase("sasaran mutu dan pengukuran", () => generateObjectives(g));
      await phase("survei kepuasan dan tinjauan manajemen", () => generateReviews(g));
      await phase("dokumen terkendali", () => generateDocuments(g));
      await phase("riwayat perubahan (hash chain)", () => generateActivity(g));
      await phase("ANALYZE", () => client.query("ANALYZE"));
      await client.query(
        `INSERT INTO "SystemState" ("key", "value", "updatedAt") VALUES ($1, $2, now()) ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = now()`,
        [GENERATED_STATE_KEY, fingerprint],
      );
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
  return { reused: false, phases, counts: await tableCounts(options.databaseUrl), totalMs: performance.now() - started };
}
