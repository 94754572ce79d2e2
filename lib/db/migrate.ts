// Applies the SQL migrations in prisma/migrations (Prisma's folder layout) in name order,
// each in its own transaction, recording them in Prisma's own `_prisma_migrations` table so
// that `prisma migrate status` on a machine with the native engine agrees with us.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { SqlSession } from "./sql";

export const defaultMigrationsDir = () => path.join(process.cwd(), "prisma", "migrations");

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = defaultMigrationsDir()): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((entry) => statSync(path.join(dir, entry)).isDirectory())
    .filter((entry) => existsSync(path.join(dir, entry, "migration.sql")))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

/** Applies pending migrations; returns the names applied now. */
export async function applyMigrations(
  session: SqlSession,
  migrations: MigrationFile[] = readMigrations(),
): Promise<string[]> {
  // Only when missing: the portal may run as a role that owns no tables and may not create any
  // (README, "Database roles"); with nothing pending it then only reads the migration table.
  const existing = await session.query<{ found: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS found`);
  if (!existing[0]?.found) await session.exec(CREATE_TABLE);
  const rows = await session.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  const done: string[] = [];
  for (const migration of migrations) {
    const previous = applied.get(migration.name);
    if (previous !== undefined) {
      if (previous !== migration.checksum) {
        throw new MigrationError(
          `Migrasi ${migration.name} sudah diterapkan tetapi isinya berubah sejak itu. ` +
            "Jangan ubah migrasi yang sudah diterapkan; buat migrasi baru.",
        );
      }
      continue;
    }
    await session.transaction(async (tx) => {
      // Serialises concurrent runners on PostgreSQL; the second one finds the row and skips.
      await tx.query("SELECT pg_advisory_xact_lock(727274)");
      const again = await tx.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL`,
        [migration.name],
      );
      if (again.length > 0) return;
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations"
           (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      done.push(migration.name);
    });
  }
  return done;
}
