// The bench generator (issue 17) at a tiny scale, twice into one PostgreSQL database: the counts
// follow the scale, both runs write the same rows (ids included), and --reuse keeps a complete one.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { generateProvince, type GenerateResult } from "../../../scripts/bench/generate/run";

const adminUrl = process.env.TEST_DATABASE_URL;
const SCALE = 0.002;

const DIGESTS: Record<string, string> = {
  Unit: `"id" || "code" || "path"`,
  User: `"id" || coalesce("email", '') || "unitId"`,
  Sop: `"id" || "title" || "searchText"`,
  Audit: `"id" || "number" || "status"`,
  ChecklistItem: `"id" || coalesce("answer"::text, '')`,
  Finding: `"id" || "number" || "status"`,
  CorrectiveAction: `"id" || "status"`,
  QualityObjective: `"id" || "code" || "status"`,
  DocumentRevision: `"id" || "status"`,
  Activity: `"id"::text || "hash"`,
};

async function digest(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    for (const [table, expr] of Object.entries(DIGESTS)) {
      const r = await client.query<{ d: string }>(`SELECT md5(string_agg(${expr}, ',' ORDER BY "id")) AS d FROM "${table}"`);
      out[table] = r.rows[0].d;
    }
    return out;
  } finally {
    await client.end();
  }
}

describe.skipIf(!adminUrl)("bench:generate", () => {
  // The body runs while collecting even when skipped: no URL without a server to name.
  const url = new URL(adminUrl ?? "postgresql://skipped.invalid/unused");
  url.pathname = `/pm_a_bench_generate_${process.pid}`;
  const databaseUrl = url.toString();

  afterAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${url.pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
  });

  it("follows the scale, writes the same data twice and reuses a complete generation", async () => {
    const first: GenerateResult = await generateProvince({ databaseUrl, scale: SCALE, reuse: false });
    expect(first.reused).toBe(false);
    expect(first.counts.Activity).toBe(2_000);
    expect(first.counts.Sop).toBe(8);
    expect(first.counts.Finding).toBe(16);
    expect(first.counts.DocumentRevision).toBe(80);
    // One agency: the admin, the province reader and the agency's four bench accounts.
    expect(first.counts.User).toBe(6);
    expect(first.counts.Audit).toBe(10);
    const once = await digest(databaseUrl);

    const second = await generateProvince({ databaseUrl, scale: SCALE, reuse: false });
    expect(second.counts).toEqual(first.counts);
    expect(await digest(databaseUrl)).toEqual(once);

    const reused = await generateProvince({ databaseUrl, scale: SCALE, reuse: true });
    expect(reused.reused).toBe(true);

    // The hash chain links every row to the one before it.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const broken = await client.query(
      `SELECT count(*)::int AS n FROM "Activity" a JOIN "Activity" b ON b."id" = a."id" - 1 WHERE a."prevHash" <> b."hash"`,
    );
    await client.end();
    expect(broken.rows[0].n).toBe(0);
  }, 240_000);
});
