// A fresh, migrated database for one test file, installed as the process's database so that the
// code under test (which calls getDb()) uses it, with its own empty file store (FILES_DIR).
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { closeDatabase, installDatabase } from "../../lib/db";
import { openPglite, openPostgres, type DatabaseConnection } from "../../lib/db/connection";
import { applyMigrations } from "../../lib/db/migrate";
import { reloadEnv } from "../../lib/env";

/** A fresh file store for this test file, inside the run's temporary directory. */
export function useTestFileStore(): string {
  const dir = mkdtempSync(path.join(inject("filesRoot"), "store-"));
  process.env.FILES_DIR = dir;
  reloadEnv();
  return dir;
}

export async function openTestDatabase(): Promise<DatabaseConnection> {
  const template = inject("pgTemplate");
  const prefix = inject("pgRunPrefix");
  useTestFileStore();
  let connection: DatabaseConnection;
  if (template && prefix && process.env.TEST_DATABASE_URL) {
    const name = `${prefix}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    await admin.end();
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    connection = await openPostgres(url.toString());
  } else {
    connection = await openPglite("memory://");
    await applyMigrations(connection.sql);
  }
  installDatabase(connection);
  return connection;
}

export { closeDatabase as closeTestDatabase };
