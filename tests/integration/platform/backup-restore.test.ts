// A backup restored into a fresh database holds the same records and an intact change history.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { backupPglite, backupPostgres, detectBackupFormat, restorePglite, restorePostgres } from "../../../lib/db/backup";
import { openPglite, openPostgres, type DatabaseConnection } from "../../../lib/db/connection";
import { applyMigrations } from "../../../lib/db/migrate";
import { seedDemoData } from "../../../seeds";
import { checkDatabase } from "../../../scripts/lib/restore-check";

const base = mkdtempSync(path.join(tmpdir(), "pm-backup-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

async function records(connection: DatabaseConnection) {
  const db = connection.prisma;
  return {
    units: await db.unit.findMany({ select: { id: true, code: true, path: true }, orderBy: { code: "asc" } }),
    users: await db.user.findMany({ select: { id: true, nip: true, email: true, passwordHash: true }, orderBy: { id: "asc" } }),
    activity: await db.activity.findMany({ select: { id: true, hash: true }, orderBy: { id: "asc" } }),
  };
}

/** A small database with records and a change history to back up. */
async function fill(connection: DatabaseConnection) {
  await applyMigrations(connection.sql);
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
  return records(connection);
}

describe("PGlite backup and restore", () => {
  it("restores into a fresh data directory with the same records and an intact chain", async () => {
    const source = await openPglite(path.join(base, "source"));
    const before = await fill(source);
    const file = path.join(base, "out", "backup.tar.gz");
    await backupPglite(source, file);
    await source.close();
    expect(detectBackupFormat(file)).toBe("pglite");

    const { connection, movedAside } = await restorePglite(file, path.join(base, "restored"));
    try {
      expect(movedAside).toBeNull();
      expect(await records(connection)).toEqual(before);
      const check = await checkDatabase(connection, { migrate: true });
      expect(check.migrated).toEqual([]);
      expect(check.chain).toMatchObject({ ok: true, checked: before.activity.length });
      expect(before.activity.length).toBeGreaterThan(0);
    } finally {
      await connection.close();
    }

    // Over an existing database only with --replace, keeping the old directory aside.
    const target = path.join(base, "restored");
    await expect(restorePglite(file, target)).rejects.toThrow(/--replace/);
    expect(existsSync(`${target}.lock`)).toBe(false);
    const again = await restorePglite(file, target, { replace: true });
    await again.connection.close();
    expect(again.movedAside).toMatch(/restored\.before-restore-/);
    expect(readdirSync(again.movedAside!).length).toBeGreaterThan(0);
  });

  it("refuses a PostgreSQL dump, naming where it belongs", async () => {
    const { writeFileSync } = await import("node:fs");
    const file = path.join(base, "pg.dump");
    writeFileSync(file, "PGDMP\u0001\u000e\u0000");
    await expect(restorePglite(file, path.join(base, "never"))).rejects.toThrow(/DATABASE_URL/);
  });
});

const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)("PostgreSQL backup and restore", () => {
  const urlOf = (name: string) => {
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    return url.toString();
  };

  it("restores a pg_dump into an empty database with the same records and an intact chain", async () => {
    const prefix = inject("pgRunPrefix")!;
    const template = inject("pgTemplate")!;
    const sourceName = `${prefix}_bk_src`;
    const targetName = `${prefix}_bk_dst`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${sourceName}" TEMPLATE "${template}"`);
    await admin.query(`CREATE DATABASE "${targetName}"`);
    await admin.end();

    const source = await openPostgres(urlOf(sourceName));
    const before = await fill(source);
    await source.close();
    const file = path.join(base, "backup.dump");
    backupPostgres(urlOf(sourceName), file);
    expect(detectBackupFormat(file)).toBe("postgres");

    await restorePostgres(file, urlOf(targetName));
    const restored = await openPostgres(urlOf(targetName));
    try {
      expect(await records(restored)).toEqual(before);
      const check = await checkDatabase(restored, { migrate: true });
      expect(check.migrated).toEqual([]);
      expect(check.chain).toMatchObject({ ok: true, checked: before.activity.length });
      // The append-only trigger came back with the table.
      await expect(restored.sql.exec(`DELETE FROM "Activity"`)).rejects.toThrow();
    } finally {
      await restored.close();
    }

    // A database that already holds tables is refused, unless replaced.
    await expect(restorePostgres(file, urlOf(targetName))).rejects.toThrow(/--replace/);
    await restorePostgres(file, urlOf(targetName), { replace: true });
    const replaced = await openPostgres(urlOf(targetName));
    expect(await records(replaced)).toEqual(before);
    await replaced.close();
  });
});
