// With TEST_DATABASE_URL (a PostgreSQL server's admin URL), creates a fresh template database for
// this run with the migrations applied; each test file clones it (tests/helpers/database.ts) and
// everything is dropped at the end. Without it, every test file uses its own in-memory PGlite.
// Either way the uploads of the run go to a temporary directory, removed at the end.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/db/migrate";
import { postgresSession } from "../../lib/db/sql";

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplate: string | null;
    pgRunPrefix: string | null;
    /** Temporary directory of this run's file stores (one per test file, tests/helpers/database.ts). */
    filesRoot: string;
  }
}

export default async function setup(project: TestProject) {
  const filesRoot = mkdtempSync(path.join(tmpdir(), "portal-mutu-test-files-"));
  project.provide("filesRoot", filesRoot);
  const removeFiles = () => rmSync(filesRoot, { recursive: true, force: true });
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    project.provide("pgTemplate", null);
    project.provide("pgRunPrefix", null);
    return removeFiles;
  }
  const prefix = `pm_test_${Date.now().toString(36)}_${process.pid}`;
  const template = `${prefix}_tpl`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
  await applyMigrations(postgresSession(pool));
  await pool.end();
  project.provide("pgTemplate", template);
  project.provide("pgRunPrefix", prefix);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${prefix}%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
    removeFiles();
  };
}
