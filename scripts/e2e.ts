// npm run test:e2e: a fresh database for this run (a temporary PGlite directory, or a new
// PostgreSQL database when TEST_DATABASE_URL is set) and file store, then Playwright against `npm start`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const adminUrl = process.env.TEST_DATABASE_URL;
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// Uploads of the run go to a temporary file store, removed afterwards (never the project's .data/files).
const filesDir = mkdtempSync(path.join(tmpdir(), "portal-mutu-e2e-files-"));
env.FILES_DIR = filesDir;
let cleanup = async () => {};

if (adminUrl) {
  const name = `pm_e2e_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  console.log(`e2e: PostgreSQL database ${name}`);
  cleanup = async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  };
} else {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-mutu-e2e-"));
  delete env.DATABASE_URL;
  env.PGLITE_DIR = path.join(dir, "pglite");
  console.log(`e2e: PGlite in ${dir}`);
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", "--config", "tests/e2e/playwright.config.ts", ...process.argv.slice(2)],
  { cwd: root, env, stdio: "inherit" },
);
await cleanup();
rmSync(filesDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
