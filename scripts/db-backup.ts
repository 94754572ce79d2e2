// npm run db:backup [-- FILE|DIRECTORY]: backs up the configured database.
// PostgreSQL (DATABASE_URL): pg_dump custom format. PGlite: an archive written by PGlite itself,
// which needs the data directory to itself: stop the portal first (the lock file says so).
// Without an argument the backup goes to .data/backups/portal-mutu-<kind>-<time>.<ext>.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { backupFileName, backupPglite, backupPostgres } from "../lib/db/backup";
import { openPglite, openPostgres, type DatabaseConnection } from "../lib/db/connection";
import { DatabaseLockedError } from "../lib/db/pglite-lock";
import { env } from "../lib/env";
import { finishWithCheck, runScript } from "./lib/restore-check";

function target(kind: "pglite" | "postgres"): string {
  const given = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const name = backupFileName(kind);
  if (!given) return path.resolve(".data", "backups", name);
  const isDirectory = given.endsWith("/") || (existsSync(given) && statSync(given).isDirectory());
  return isDirectory ? path.resolve(given, name) : path.resolve(given);
}

async function main(): Promise<number> {
  const { DATABASE_URL, PGLITE_DIR } = env();
  let connection: DatabaseConnection | undefined;
  try {
    if (DATABASE_URL) {
      const file = target("postgres");
      backupPostgres(DATABASE_URL, file);
      connection = await openPostgres(DATABASE_URL);
      console.log(`Cadangan PostgreSQL ditulis: ${file} (${statSync(file).size} bita)`);
    } else {
      if (!existsSync(PGLITE_DIR)) throw new Error(`Basis data tertanam "${path.resolve(PGLITE_DIR)}" belum ada: tidak ada yang dicadangkan.`);
      try {
        connection = await openPglite(PGLITE_DIR);
      } catch (error) {
        if (error instanceof DatabaseLockedError) {
          throw new Error(`${error.message}\nPGlite hanya dapat dibuka satu proses: hentikan portal, jalankan npm run db:backup, lalu mulai lagi.`);
        }
        throw error;
      }
      const file = target("pglite");
      await backupPglite(connection, file);
      console.log(`Cadangan PGlite ditulis: ${file} (${statSync(file).size} bita)`);
    }
    // What the backup holds, as the restore will report it.
    return await finishWithCheck(connection, false);
  } finally {
    await connection?.close();
  }
}

runScript(main);
