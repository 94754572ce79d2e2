// Backups of either database and their restore (npm run db:backup / db:restore).
//
// PGlite: an archive of the data directory written by PGlite itself (dumpDataDir), which runs
// while no query does, so it is consistent, unlike a copy of a live directory. It is restored by
// creating the data directory from the archive (PGlite's loadDataDir).
// PostgreSQL: pg_dump's custom format, restored with pg_restore in one transaction.
// A backup restores only into the kind of database it came from.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { openPglite, type DatabaseConnection } from "./connection";

export type BackupFormat = "pglite" | "postgres";

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/** The default file name of a new backup: portal-mutu-<kind>-<UTC time>.<ext>. */
export function backupFileName(kind: BackupFormat, at = new Date()): string {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `portal-mutu-${kind}-${stamp}.${kind === "pglite" ? "tar.gz" : "dump"}`;
}

/** Recognises a backup by its first bytes: gzip (PGlite archive) or "PGDMP" (pg_dump custom). */
export function detectBackupFormat(file: string): BackupFormat {
  if (!existsSync(file)) throw new BackupError(`Berkas cadangan "${file}" tidak ada.`);
  const head = Buffer.alloc(5);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return "pglite";
  if (head.toString("latin1") === "PGDMP") return "postgres";
  throw new BackupError(`"${file}" bukan berkas cadangan Portal Mutu (arsip PGlite .tar.gz atau pg_dump format custom).`);
}

function ensureParent(file: string) {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

/** Writes a consistent archive of an open PGlite database. */
export async function backupPglite(connection: DatabaseConnection, file: string): Promise<void> {
  if (!connection.pglite) throw new BackupError("Basis data ini bukan PGlite.");
  const archive = await connection.pglite.dumpDataDir("gzip");
  ensureParent(file);
  writeFileSync(file, Buffer.from(await archive.arrayBuffer()));
}

/**
 * The connection string for pg_dump/pg_restore's command line without its password, which goes
 * to PGPASSWORD instead (a command line is visible to every user of the machine in `ps`).
 */
function libpqTarget(connectionString: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(connectionString);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return { dbname: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

function run(command: string, args: string[], what: string, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "inherit", "pipe"], env });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === "ENOENT";
    throw new BackupError(
      missing
        ? `${command} tidak ditemukan. Pasang klien PostgreSQL (Debian/Ubuntu: apt-get install postgresql-client) dengan versi yang sama atau lebih baru dari servernya.`
        : `${what} gagal: ${result.error.message}`,
    );
  }
  if (result.status !== 0) throw new BackupError(`${what} gagal:\n${result.stderr.trim()}`);
}

/** pg_dump in the custom format (compressed; pg_restore can restore it selectively). */
export function backupPostgres(connectionString: string, file: string): void {
  ensureParent(file);
  const target = libpqTarget(connectionString);
  run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${target.dbname}`], "pg_dump", target.env);
}

/** Whether a PostgreSQL database already holds tables in its public schema. */
export async function postgresHasTables(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    return rows[0].n > 0;
  } finally {
    await client.end();
  }
}

/**
 * pg_restore into the database of connectionString, all or nothing. With replace, the portal's
 * objects that exist there are dropped first; without it a database that holds tables is refused.
 */
export async function restorePostgres(file: string, connectionString: string, options: { replace?: boolean } = {}): Promise<void> {
  if (detectBackupFormat(file) !== "postgres") {
    throw new BackupError("Berkas ini cadangan PGlite; pulihkan tanpa DATABASE_URL (ke basis data tertanam).");
  }
  if (!options.replace && (await postgresHasTables(connectionString))) {
    throw new BackupError(
      "Basis data tujuan sudah berisi tabel. Pulihkan ke basis data kosong (createdb), atau tambahkan --replace untuk menimpanya.",
    );
  }
  const target = libpqTarget(connectionString);
  run(
    "pg_restore",
    [
      "--single-transaction",
      "--exit-on-error",
      "--no-owner",
      "--no-privileges",
      ...(options.replace ? ["--clean", "--if-exists"] : []),
      `--dbname=${target.dbname}`,
      file,
    ],
    "pg_restore",
    target.env,
  );
}

/**
 * Creates the PGlite data directory dir from an archive and opens it. An existing, non-empty
 * directory is refused, or with replace moved aside to `<dir>.before-restore-<time>` (returned).
 * The lock is held throughout, so a running portal is never restored under.
 */
export async function restorePglite(
  file: string,
  dir: string,
  options: { replace?: boolean } = {},
): Promise<{ connection: DatabaseConnection; movedAside: string | null }> {
  if (detectBackupFormat(file) !== "pglite") {
    throw new BackupError("Berkas ini cadangan PostgreSQL (pg_dump); pulihkan dengan DATABASE_URL menunjuk ke PostgreSQL.");
  }
  const archive = new Blob([readFileSync(file)]);
  let movedAside: string | null = null;
  const connection = await openPglite(dir, {
    beforeOpen(resolved) {
      if (existsSync(resolved) && readdirSync(resolved).length > 0) {
        if (!options.replace) {
          throw new BackupError(
            `Direktori "${resolved}" sudah berisi basis data. Tambahkan --replace untuk memindahkannya ke samping dan memulihkan cadangan.`,
          );
        }
        movedAside = `${resolved}.before-restore-${new Date().toISOString().replace(/[-:.]/g, "").slice(0, 15)}`;
        renameSync(resolved, movedAside);
      }
      return archive;
    },
  });
  return { connection, movedAside };
}
