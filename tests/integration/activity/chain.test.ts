import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyActivityChain } from "../../../lib/activity/verify";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
});
afterAll(closeTestDatabase);

/** What a database administrator could do behind the portal's back. */
async function tamper(sql: string) {
  await connection.sql.exec(`
    ALTER TABLE "Activity" DISABLE TRIGGER "Activity_append_only";
    ${sql};
    ALTER TABLE "Activity" ENABLE TRIGGER "Activity_append_only";`);
}

describe("the change-history chain", () => {
  it("verifies after the seed wrote its rows", async () => {
    const count = await connection.prisma.activity.count();
    expect(await verifyActivityChain(connection.prisma, { checkpoints: [] })).toMatchObject({ ok: true, checked: count });
  });

  it("names the first row whose content was changed", async () => {
    const rows = await connection.prisma.activity.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    const target = rows[5].id;
    await tamper(`UPDATE "Activity" SET "actorLabel" = 'Orang lain' WHERE id = ${target}`);
    const report = await verifyActivityChain(connection.prisma, { checkpoints: [] });
    expect(report).toMatchObject({ ok: false, firstBadId: target, checked: 5 });
  });
});

describe("a deleted history row", () => {
  it("is detected at the row after the gap", async () => {
    // Fresh chain: restore by reopening a clean database for this case.
    await closeTestDatabase();
    connection = await openTestDatabase();
    await seedDemoData(connection.prisma, { sops: false, objectives: false });
    const rows = await connection.prisma.activity.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    await tamper(`DELETE FROM "Activity" WHERE id = ${rows[3].id}`);
    const report = await verifyActivityChain(connection.prisma, { checkpoints: [] });
    expect(report).toMatchObject({ ok: false, firstBadId: rows[4].id });
  });
});
