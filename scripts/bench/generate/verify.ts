// The smoke check of a generated province: the production server on the bench database, four of
// the bench accounts signed in, and the pages the bench measures, each expected to answer 200
// without an error in the server log.
import { existsSync } from "node:fs";
import path from "node:path";
import { Pool } from "pg";
import { DEMO_PASSWORD } from "../../../seeds/users";
import { benchAccount } from "../contract";
import { signIn } from "../lib/http";
import { projectRoot, startServer } from "../lib/server";

export interface SmokeReport {
  ok: boolean;
  lines: string[];
}

async function pickIds(databaseUrl: string) {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const one = async (sql: string) => ((await pool.query<{ id: string }>(sql)).rows[0]?.id ?? null);
    return {
      sop: await one(`SELECT s.id FROM "Sop" s JOIN "Unit" u ON u.id = s."unitId" WHERE u.code LIKE 'bench.a01%' ORDER BY s."stepCount" DESC, s.id LIMIT 1`),
      review: await one(`SELECT r.id FROM "ManagementReview" r JOIN "Unit" u ON u.id = r."agencyId" WHERE u.code = 'bench.a01' AND r.status = 'DIJADWALKAN' LIMIT 1`),
      audit: await one(`SELECT a.id FROM "Audit" a JOIN "Unit" u ON u.id = a."agencyId" WHERE u.code = 'bench.a01' AND a.status = 'PELAKSANAAN' LIMIT 1`),
    };
  } finally {
    await pool.end();
  }
}

export async function smokeCheck(databaseUrl: string, port = Number(process.env.BENCH_GENERATE_PORT ?? 3410)): Promise<SmokeReport> {
  if (!existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) {
    return { ok: true, lines: ["Pemeriksaan halaman dilewati: belum ada build produksi (npx next build)."] };
  }
  const ids = await pickIds(databaseUrl);
  const lines: string[] = ["Pemeriksaan halaman (server produksi pada basis data bench):"];
  let ok = true;
  const server = await startServer({ port, env: { NODE_ENV: "production", DATABASE_URL: databaseUrl } });
  try {
    const who = {
      province: benchAccount.province, pimpinan: benchAccount.pimpinan(1), manajerMutu: benchAccount.manajerMutu(1), auditor: benchAccount.auditor(1),
    };
    const pages: [keyof typeof who, string][] = [
      ["province", "/dashboard"], ["province", "/dashboards/province"], ["province", "/findings"], ["province", "/findings?page=400"],
      ["province", "/objectives/overview"], ["pimpinan", "/dashboard"], ["pimpinan", "/sops?q=pelayanan"], ["pimpinan", `/sops/${ids.sop}`],
      ["manajerMutu", "/dashboard"], ["manajerMutu", `/management-reviews/${ids.review}`], ["manajerMutu", "/objectives/overview"],
      ["auditor", "/dashboard"], ["auditor", `/audits/${ids.audit}/checklist`],
    ];
    const sessions = new Map<string, string>();
    for (const [role, email] of Object.entries(who)) sessions.set(role, (await signIn(server.url, email, DEMO_PASSWORD)).cookie);
    for (const [role, page] of pages) {
      const before = server.output().length;
      const t = performance.now();
      const res = await fetch(`${server.url}${page}`, { headers: { cookie: sessions.get(role)! }, redirect: "manual" });
      await res.arrayBuffer();
      const ms = performance.now() - t;
      const logged = server.output().slice(before);
      const error = /error|exception/i.test(logged);
      const pass = res.status === 200 && !error;
      ok &&= pass;
      lines.push(`  ${pass ? "OK  " : "GAGAL"} ${res.status} ${ms.toFixed(0).padStart(6)} ms  ${role.padEnd(12)} ${page}${error ? `\n${logged}` : ""}`);
    }
  } catch (error) {
    ok = false;
    lines.push(`  GAGAL: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await server.stop();
  }
  return { ok, lines };
}
