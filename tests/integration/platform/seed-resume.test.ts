// npm start loads the demo data into an empty database. A start killed midway must not leave a
// half-empty portal behind that every later start keeps serving: the next start finishes the load.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { DEMO_SEED_STATE, seedDemoData, seedIfNeeded } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await openTestDatabase();
});
afterAll(closeTestDatabase);

const state = () => connection.prisma.systemState.findUnique({ where: { key: DEMO_SEED_STATE } });

describe("loading the demo data at start", () => {
  it("finishes a load that was interrupted after the units and users", async () => {
    const db = connection.prisma;
    // What a kill -9 during the first start's seeding left: the start was recorded, the
    // organisation and the accounts were written, the SOPs, the policy and the objectives were not.
    await db.systemState.create({ data: { key: DEMO_SEED_STATE, value: "started" } });
    await seedDemoData(db, { sops: false, objectives: false });
    expect(await db.unit.count()).toBeGreaterThan(0);
    expect(await db.sop.count()).toBe(0);

    const outcome = await seedIfNeeded(db);

    expect(outcome.action).toBe("resumed");
    expect(await db.sop.count()).toBe(173);
    expect(await db.qualityPolicy.count()).toBeGreaterThan(0);
    expect(await db.qualityObjective.count()).toBeGreaterThan(0);
    expect((await state())?.value).toBe("complete");
  });

  it("leaves a completely loaded database alone", async () => {
    const before = await connection.prisma.activity.count();
    expect(await seedIfNeeded(connection.prisma)).toEqual({ action: "skipped", reason: "complete" });
    expect(await connection.prisma.activity.count()).toBe(before);
  });
});
