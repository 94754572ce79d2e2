// The first start on an empty database records the load before writing anything, so a crash at
// any point leaves a database that the next start recognises as unfinished and completes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../lib/db";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { DEMO_SEED_STATE, seedIfNeeded } from "../../../seeds";
import { DEMO_USERS } from "../../../seeds/users";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await openTestDatabase();
});
afterAll(closeTestDatabase);

const fast = { sops: false, objectives: false } as const;

describe("loading the demo data into an empty database", () => {
  it("is completed by the next start when a step fails midway", async () => {
    const db = connection.prisma;
    // The process dies while writing the first account: the units are in, no user is.
    const crashing = db.$extends({
      query: {
        user: {
          create() {
            throw new Error("simulated crash");
          },
        },
      },
    }) as unknown as PrismaClient;
    await expect(seedIfNeeded(crashing, fast)).rejects.toThrow("simulated crash");
    expect(await db.unit.count()).toBeGreaterThan(0);
    expect(await db.user.count()).toBe(0);
    expect((await db.systemState.findUnique({ where: { key: DEMO_SEED_STATE } }))?.value).toBe("started");

    const outcome = await seedIfNeeded(db, fast);

    expect(outcome.action).toBe("resumed");
    expect(await db.user.count()).toBe(DEMO_USERS.length);
    expect((await db.systemState.findUnique({ where: { key: DEMO_SEED_STATE } }))?.value).toBe("complete");
  });

  it("does not load demo data into a database that already holds data of its own", async () => {
    const db = connection.prisma;
    await db.systemState.delete({ where: { key: DEMO_SEED_STATE } });
    expect(await seedIfNeeded(db)).toEqual({ action: "skipped", reason: "has-data" });
    expect(await db.sop.count()).toBe(0);
  });
});
