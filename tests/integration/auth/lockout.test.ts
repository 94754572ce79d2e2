// Issue 8, item 5: the lockout counter is atomic, one address cannot lock every account, unknown
// identifiers do not grow the throttle table, and wrong current passwords lock too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "../../../lib/auth/login";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { reloadEnv } from "../../../lib/env";
import { changeOwnPassword } from "../../../lib/org/user-mutations";
import { seedDemoData } from "../../../seeds";
import { DEMO_PASSWORD } from "../../../seeds/users";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { sessionFor } from "../../helpers/users";

let connection: DatabaseConnection;

beforeAll(async () => {
  process.env.LOGIN_ADDRESS_MAX_FAILURES = "12";
  reloadEnv();
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
});
afterAll(async () => {
  delete process.env.LOGIN_ADDRESS_MAX_FAILURES;
  reloadEnv();
  await closeTestDatabase();
});

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 8, minutes));

describe("lockout", () => {
  it("checks only five of twenty parallel wrong passwords for one account", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => authenticate(connection.prisma, "auditor@dinsos.nttprov.go.id", "tebakan-salah", { now: at(0) })),
    );
    expect(outcomes.filter((o) => !o.ok && o.reason === "INVALID")).toHaveLength(5);
    expect(outcomes.filter((o) => !o.ok && o.reason === "LOCKED")).toHaveLength(15);
    expect(await authenticate(connection.prisma, "auditor@dinsos.nttprov.go.id", DEMO_PASSWORD, { now: at(1) })).toEqual({ ok: false, reason: "LOCKED" });
  });

  it("stops one address before it can lock every account", async () => {
    const victims = ["kadis@dinsos.nttprov.go.id", "arsip@dinsos.nttprov.go.id", "manajer.mutu@dinsos.nttprov.go.id", "kabid.dayasos@dinsos.nttprov.go.id"];
    for (const victim of victims) {
      for (let i = 0; i < 5; i++) await authenticate(connection.prisma, victim, "salah", { now: at(0), address: "203.0.113.9" });
    }
    // Twelve failures from the address: the first two accounts are locked, the others are not.
    for (const victim of victims.slice(2)) {
      expect((await authenticate(connection.prisma, victim, DEMO_PASSWORD, { now: at(1), address: "198.51.100.4" })).ok).toBe(true);
    }
    expect(await authenticate(connection.prisma, victims[3], DEMO_PASSWORD, { now: at(1), address: "203.0.113.9" })).toEqual({ ok: false, reason: "LOCKED" });
  });

  it("keeps a bounded number of counters for unknown identifiers", async () => {
    const before = await connection.prisma.loginThrottle.count({ where: { key: { startsWith: "unknown:" } } });
    for (let i = 0; i < 300; i++) await authenticate(connection.prisma, `tidak.ada.${i}@contoh.go.id`, "x", { now: at(0) });
    const after = await connection.prisma.loginThrottle.count({ where: { key: { startsWith: "unknown:" } } });
    expect(after - before).toBeLessThanOrEqual(256);
    expect(await connection.prisma.loginThrottle.count({ where: { key: { contains: "tidak.ada" } } })).toBe(0);
  }, 300_000);

  it("locks the account after five wrong current passwords on the password form", async () => {
    const user = await sessionFor(connection.prisma, "pegawai@dinsos.nttprov.go.id");
    const form = { currentPassword: "bukan-ini", password: "Baru#Sekali2026", passwordConfirm: "Baru#Sekali2026" };
    for (let i = 0; i < 5; i++) await expect(changeOwnPassword(user, form)).rejects.toThrow(/Kata sandi saat ini salah/);
    await expect(changeOwnPassword(user, { ...form, currentPassword: DEMO_PASSWORD })).rejects.toThrow(/Terlalu banyak percobaan/);
    // The password is unchanged, and signing in is locked too.
    expect(await authenticate(connection.prisma, "pegawai@dinsos.nttprov.go.id", DEMO_PASSWORD)).toEqual({ ok: false, reason: "LOCKED" });
  });
});
