import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { applyMigrations, readMigrations } from "../../../lib/db/migrate";
import { diffToSchema } from "../../../scripts/lib/schema-diff";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await openTestDatabase();
});
afterAll(closeTestDatabase);

describe("migrations", () => {
  it("are all recorded in _prisma_migrations after the first run", async () => {
    const rows = await connection.sql.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(readMigrations().map((m) => m.name));
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(connection.sql)).toEqual([]);
  });

  it("refuse a migration whose file changed after it was applied", async () => {
    const [first, ...rest] = readMigrations();
    const edited = { ...first, sql: first.sql + "\n-- edited", checksum: "0".repeat(64) };
    await expect(applyMigrations(connection.sql, [edited, ...rest])).rejects.toThrow(/isinya berubah/);
  });

  it("roll a failing migration back completely and record nothing", async () => {
    const broken = {
      name: "99999999999999_broken",
      checksum: "f".repeat(64),
      sql: `CREATE TABLE "ShouldVanish" (id int); SELECT * FROM "NoSuchTable";`,
    };
    await expect(applyMigrations(connection.sql, [...readMigrations(), broken])).rejects.toThrow();
    const tables = await connection.sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'ShouldVanish'`);
    const recorded = await connection.sql.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken.name]);
    expect(tables).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it("make the activity table append-only", async () => {
    await connection.prisma.activity.create({
      data: { at: new Date(), entity: "unit", entityId: "x", action: "create", prevHash: "p", hash: "h-append-only" },
    });
    await expect(connection.sql.exec(`UPDATE "Activity" SET action = 'update'`)).rejects.toThrow(/append-only/);
    await expect(connection.sql.exec(`DELETE FROM "Activity"`)).rejects.toThrow(/append-only/);
  });
});

describe("schema.prisma and prisma/migrations", () => {
  it("agree (run `npm run db:migration:new -- <name>` after changing the schema)", () => {
    expect(diffToSchema("migrations")).toBe("");
  }, 120_000);
});
