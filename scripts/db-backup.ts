// npm run db:backup [-- FILE|DIRECTORY]: backs up the configured database.
// PostgreSQL (DATABASE_URL): pg_dump custom format. PGlite: an archive written by PGlite itself,
// which needs the data directory to itself: stop the portal first (the lock file says so).
// Without an argument the backup goes to .data/backups/portal-mutu-<kind>-<time>.<ext>.
// Then the uploaded files (FILES_DIR) are mirrored into files/ beside the backup file.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { backupFileName, backupPglite, backupPostgres } from "../lib/db/backup";
import { openPglite, openPostgres, type DatabaseConnection } from "../lib/db/connection";
import { DatabaseLockedError } from "../lib/db/pglite-lock";
import { env } from "../lib/env";
import { fileStore } from "../lib/files";
import { diskStoreAt, filesBackupDir, mirrorFiles } from "../lib/files/backup";
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
  let file: string;
  try {
    if (DATABASE_URL) {
      file = target("postgres");
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
      file = target("pglite");
      await backupPglite(connection, file);
      console.log(`Cadangan PGlite ditulis: ${file} (${statSync(file).size} bita)`);
    }
    // After the database: every file a backed-up row references exists by now.
    const mirror = filesBackupDir(file);
    const files = await mirrorFiles(fileStore(), diskStoreAt(mirror));
    console.log(`Berkas unggahan dicadangkan ke ${mirror}: ${files.copied} baru, ${files.present} sudah ada.`);
    if (files.corrupt.length > 0) {
      console.error(`${files.corrupt.length} berkas rusak (checksum tidak cocok) tidak dicadangkan: ${files.corrupt.join(", ")}`);
    }
    // What the backup holds, as the restore will report it.
    const check = await finishWithCheck(connection, false);
    return files.corrupt.length > 0 ? Math.max(check, 1) : check;
  } finally {
    await connection?.close();
  }
}

runScript(main);
