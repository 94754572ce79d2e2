// Opens the configured database for a command-line script, applies pending migrations, and closes
// it cleanly afterwards (PGlite loses data when a process dies mid-write).
import { closeDatabase, getDatabase } from "../../lib/db";
import type { DatabaseConnection } from "../../lib/db/connection";
import { applyMigrations } from "../../lib/db/migrate";

export function describeDatabase(connection: DatabaseConnection): string {
  return connection.kind === "pglite"
    ? `PGlite (tertanam) di ${connection.location}`
    : `PostgreSQL ${connection.location}`;
}

export async function migrate(connection: DatabaseConnection): Promise<string[]> {
  const applied = await applyMigrations(connection.sql);
  for (const name of applied) console.log(`  migrasi diterapkan: ${name}`);
  return applied;
}

export async function runScript(fn: (connection: DatabaseConnection) => Promise<number | void>): Promise<void> {
  let code = 0;
  try {
    const connection = await getDatabase();
    code = (await fn(connection)) ?? 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  } finally {
    await closeDatabase().catch((error) => console.error("Gagal menutup basis data:", error));
  }
  process.exit(code);
}
