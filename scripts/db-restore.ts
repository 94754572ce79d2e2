// npm run db:restore -- FILE [--replace]: restores a backup of npm run db:backup into the
// configured database, applies the migrations it lacks, and checks the change-history chain.
// PostgreSQL (DATABASE_URL): pg_restore in one transaction into an empty database (createdb), or
// over the existing one with --replace. PGlite: creates PGLITE_DIR from the archive; an existing
// directory is kept, moved aside to <dir>.before-restore-<time>, with --replace. Stop the portal
// first: the PGlite lock refuses a restore under a running portal. The uploaded files of the
// backup (files/ beside the backup file) are copied into FILES_DIR where missing.
import { existsSync } from "node:fs";
import { restorePglite, restorePostgres } from "../lib/db/backup";
import { openPostgres, type DatabaseConnection } from "../lib/db/connection";
import { env } from "../lib/env";
import { fileStore } from "../lib/files";
import { diskStoreAt, filesBackupDir, mirrorFiles } from "../lib/files/backup";
import { finishWithCheck, runScript } from "./lib/restore-check";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  const replace = args.includes("--replace");
  if (!file) {
    console.error("Pakai: npm run db:restore -- BERKAS [--replace]");
    return 2;
  }
  if (!existsSync(file)) throw new Error(`Berkas cadangan "${file}" tidak ada.`);
  const { DATABASE_URL, PGLITE_DIR } = env();
  let connection: DatabaseConnection | undefined;
  try {
    if (DATABASE_URL) {
      await restorePostgres(file, DATABASE_URL, { replace });
      connection = await openPostgres(DATABASE_URL);
      console.log(`Cadangan dipulihkan ke PostgreSQL ${connection.location}.`);
    } else {
      const restored = await restorePglite(file, PGLITE_DIR, { replace });
      connection = restored.connection;
      console.log(`Cadangan dipulihkan ke basis data tertanam ${connection.location}.`);
      if (restored.movedAside) console.log(`Basis data sebelumnya disimpan di ${restored.movedAside}.`);
    }
    const mirror = filesBackupDir(file);
    if (existsSync(mirror)) {
      const files = await mirrorFiles(diskStoreAt(mirror), fileStore());
      console.log(`Berkas unggahan dipulihkan dari ${mirror} ke ${fileStore().location}: ${files.copied} disalin, ${files.present} sudah ada.`);
    } else {
      console.error(`Tidak ada cadangan berkas unggahan (${mirror}): salin direktori berkas (FILES_DIR) secara terpisah.`);
    }
    return await finishWithCheck(connection, true);
  } finally {
    await connection?.close();
  }
}

runScript(main);
