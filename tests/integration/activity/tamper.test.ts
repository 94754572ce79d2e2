// Issue 8, item 6: what a superuser who disables the trigger could do, and how the keyed chain
// and the signed checkpoints outside the database show it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readCheckpoints, signCheckpoint, writeCheckpoint } from "../../../lib/activity/checkpoint";
import { GENESIS_HASH } from "../../../lib/activity/constants";
import { hashActivity } from "../../../lib/activity/hash";
import { verifyActivityChain } from "../../../lib/activity/verify";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { reloadEnv } from "../../../lib/env";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";

let connection: DatabaseConnection;
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "portal-mutu-checkpoints-"));
  process.env.ACTIVITY_CHECKPOINT_FILE = path.join(folder, "checkpoints.jsonl");
  process.env.ACTIVITY_KEY = "kunci-rahasia-riwayat-untuk-uji-0123";
  reloadEnv();
});
afterAll(async () => {
  await closeTestDatabase();
  rmSync(folder, { recursive: true, force: true });
  delete process.env.ACTIVITY_CHECKPOINT_FILE;
  delete process.env.ACTIVITY_KEY;
  reloadEnv();
});

beforeEach(async () => {
  if (connection) await closeTestDatabase();
  rmSync(process.env.ACTIVITY_CHECKPOINT_FILE!, { force: true });
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
});

async function tamper(sql: string) {
  await connection.sql.exec(`
    ALTER TABLE "Activity" DISABLE TRIGGER "Activity_append_only";
    ${sql};
    ALTER TABLE "Activity" ENABLE TRIGGER "Activity_append_only";`);
}

async function rows() {
  return connection.prisma.activity.findMany({ orderBy: { id: "asc" } });
}

const contentOf = (r: Awaited<ReturnType<typeof rows>>[number], prevHash: string) => ({
  at: r.at, actorId: r.actorId, actorLabel: r.actorLabel, entity: r.entity, entityId: r.entityId,
  action: r.action, before: r.before, after: r.after, reason: r.reason, prevHash,
});

describe("a tampered change history", () => {
  it("verifies clean, with keyed rows, and matches its checkpoint", async () => {
    await writeCheckpoint(connection.prisma);
    const report = await verifyActivityChain(connection.prisma);
    expect(report).toMatchObject({ ok: true, checked: (await rows()).length, keyed: (await rows()).length });
    expect(readCheckpoints().checkpoints).toHaveLength(1);
    // A checkpoint of another database (a test run, an old development directory) is not this one's.
    const { appendFileSync } = await import("node:fs");
    const other = signCheckpoint({ count: 9999, lastId: 9999, hash: "k1:lain" }, new Date(), undefined, "basis-data-lain");
    appendFileSync(process.env.ACTIVITY_CHECKPOINT_FILE!, `${JSON.stringify(other)}\n`);
    expect(await verifyActivityChain(connection.prisma)).toMatchObject({ ok: true });
  });

  it("is caught when the last three rows were deleted after a checkpoint", async () => {
    await writeCheckpoint(connection.prisma);
    const all = await rows();
    await tamper(`DELETE FROM "Activity" WHERE id >= ${all[all.length - 3].id}`);
    const report = await verifyActivityChain(connection.prisma);
    expect(report).toMatchObject({ ok: false, problem: expect.stringMatching(/baris terakhir dihapus/) });
  });

  it("is caught when a row was changed and every row after it re-hashed without the key", async () => {
    const all = await rows();
    const target = all.length - 4;
    await tamper(`UPDATE "Activity" SET "actorLabel" = 'Orang lain' WHERE id = ${all[target].id}`);
    // Re-hash from the changed row on, as the old, unkeyed chain allowed.
    let prev = all[target - 1].hash;
    for (const row of (await rows()).slice(target)) {
      const hash = hashActivity(contentOf(row, prev));
      await tamper(`UPDATE "Activity" SET "prevHash" = '${prev}', "hash" = '${hash}' WHERE id = ${row.id}`);
      prev = hash;
    }
    const report = await verifyActivityChain(connection.prisma, { checkpoints: [] });
    expect(report).toMatchObject({ ok: false, firstBadId: all[target].id });
  });

  it("is caught when a forged ADMIN grant row was appended", async () => {
    const all = await rows();
    const last = all[all.length - 1];
    const forged = {
      at: new Date(), actorId: null, actorLabel: "Sistem", entity: "user", entityId: last.entityId, action: "grant",
      before: null, after: { role: "ADMIN", unitId: null }, reason: null, prevHash: last.hash,
    };
    const hash = hashActivity(forged);
    await connection.prisma.activity.create({ data: { ...forged, before: undefined, after: forged.after, hash } });
    const report = await verifyActivityChain(connection.prisma, { checkpoints: [] });
    expect(report).toMatchObject({ ok: false, problem: expect.stringMatching(/dipalsukan/) });
  });

  it("is caught when the checkpoint file was edited", async () => {
    const checkpoint = await writeCheckpoint(connection.prisma);
    const { appendFileSync } = await import("node:fs");
    appendFileSync(process.env.ACTIVITY_CHECKPOINT_FILE!, `${JSON.stringify({ ...checkpoint!, count: 1 })}\n`);
    expect(await verifyActivityChain(connection.prisma)).toMatchObject({ ok: false, problem: expect.stringMatching(/tidak sah/) });
  });

  it("keeps rows from before keyed hashing verifiable", async () => {
    await tamper(`DELETE FROM "Activity"`);
    const legacy = {
      at: new Date("2026-11-01T00:00:00Z"), actorId: null, actorLabel: "Sistem", entity: "unit", entityId: "x", action: "create",
      before: null, after: { name: "Unit lama" }, reason: null, prevHash: GENESIS_HASH,
    };
    await connection.prisma.activity.create({ data: { ...legacy, before: undefined, after: legacy.after, hash: hashActivity(legacy) } });
    const { recordActivity } = await import("../../../lib/activity/record");
    await connection.prisma.$transaction((tx) => recordActivity(tx, { actor: null, entity: "unit", entityId: "x", action: "update", after: { name: "Unit baru" } }));
    expect(await verifyActivityChain(connection.prisma, { checkpoints: [] })).toMatchObject({ ok: true, checked: 2, keyed: 1 });
  });
});
