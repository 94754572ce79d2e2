import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, loginFailureMessage } from "../../../lib/auth/login";
import { loadSessionUser } from "../../../lib/auth/load-user";
import { revokeSessions } from "../../../lib/auth/revoke";
import { sessionEndReason } from "../../../lib/auth/session-end";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedDemoData } from "../../../seeds";
import { DEMO_PASSWORD } from "../../../seeds/users";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";

let connection: DatabaseConnection;
const kadis = { nip: "196907151995032001", email: "kadis@dinsos.nttprov.go.id" };

beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
});
afterAll(closeTestDatabase);

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 8, minutes));

describe("sign-in", () => {
  it("accepts the NIP or the e-mail with the right password", async () => {
    const byNip = await authenticate(connection.prisma, kadis.nip, DEMO_PASSWORD);
    const byEmail = await authenticate(connection.prisma, "  KADIS@dinsos.nttprov.go.id ", DEMO_PASSWORD);
    expect(byNip.ok && byEmail.ok && byNip.userId === byEmail.userId).toBe(true);
  });

  it("accepts a NIP typed with spaces", async () => {
    expect((await authenticate(connection.prisma, "19690715 199503 2 001", DEMO_PASSWORD)).ok).toBe(true);
  });

  it("refuses a wrong password with the same message as an unknown account", async () => {
    const wrong = await authenticate(connection.prisma, "arsip@dinsos.nttprov.go.id", "salah-sekali");
    const unknown = await authenticate(connection.prisma, "tidak.ada@contoh.go.id", "salah-sekali");
    expect(wrong).toEqual({ ok: false, reason: "INVALID" });
    expect(unknown).toEqual({ ok: false, reason: "INVALID" });
    expect(loginFailureMessage("INVALID")).toBe("NIP/email atau kata sandi salah.");
  });

  it("locks an account for 15 minutes after 5 failures, even for the right password", async () => {
    const id = "pegawai@dinsos.nttprov.go.id";
    for (let i = 0; i < 5; i++) {
      expect(await authenticate(connection.prisma, id, "keliru", at(0))).toEqual({ ok: false, reason: "INVALID" });
    }
    expect(await authenticate(connection.prisma, id, DEMO_PASSWORD, at(1))).toEqual({ ok: false, reason: "LOCKED" });
    // The NIP names the same account, so it is locked too.
    expect(await authenticate(connection.prisma, "199512242019031005", DEMO_PASSWORD, at(14))).toEqual({ ok: false, reason: "LOCKED" });
    expect((await authenticate(connection.prisma, id, DEMO_PASSWORD, at(16))).ok).toBe(true);
    expect(loginFailureMessage("LOCKED")).toBe("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.");
  });

  it("locks unknown identifiers the same way, revealing nothing", async () => {
    for (let i = 0; i < 5; i++) await authenticate(connection.prisma, "hantu@contoh.go.id", "x", at(0));
    expect(await authenticate(connection.prisma, "hantu@contoh.go.id", "x", at(2))).toEqual({ ok: false, reason: "LOCKED" });
  });

  it("refuses a deactivated account and, to who knows its password, says so", async () => {
    await connection.prisma.user.update({ where: { email: "kaupt.lansia@dinsos.nttprov.go.id" }, data: { active: false } });
    expect(await authenticate(connection.prisma, "kaupt.lansia@dinsos.nttprov.go.id", DEMO_PASSWORD)).toEqual({ ok: false, reason: "DEACTIVATED" });
    expect(loginFailureMessage("DEACTIVATED")).toMatch(/dinonaktifkan/);
    // A guess at the password of a deactivated account learns nothing more than for any account.
    expect(await authenticate(connection.prisma, "kaupt.lansia@dinsos.nttprov.go.id", "Salah#Sekali123")).toEqual({ ok: false, reason: "INVALID" });
  });
});

describe("sessions", () => {
  it("say why they ended: logout, a reset, a deactivation", async () => {
    const row = await connection.prisma.user.findUniqueOrThrow({ where: { email: "pegawai@dinsos.nttprov.go.id" } });
    const claims = { uid: row.id, sv: row.sessionVersion, at: Math.floor(Date.now() / 1000) };
    expect(await sessionEndReason(connection.prisma, claims)).toBeNull();
    await revokeSessions(connection.prisma, row.id, "logout");
    expect(await sessionEndReason(connection.prisma, claims)).toBe("LOGOUT");
    await connection.prisma.user.update({ where: { id: row.id }, data: { sessionVersion: { increment: 1 }, sessionEndReason: "PASSWORD_RESET" } });
    expect(await sessionEndReason(connection.prisma, claims)).toBe("PASSWORD_RESET");
    await connection.prisma.user.update({ where: { id: row.id }, data: { active: false } });
    expect(await sessionEndReason(connection.prisma, claims)).toBe("DEACTIVATED");
    await connection.prisma.user.update({ where: { id: row.id }, data: { active: true } });
  });

  it("are revoked by logout: an older session version is refused", async () => {
    const outcome = await authenticate(connection.prisma, kadis.email, DEMO_PASSWORD);
    if (!outcome.ok) throw new Error("login failed");
    expect(await loadSessionUser(connection.prisma, outcome.userId, outcome.sessionVersion)).not.toBeNull();
    await revokeSessions(connection.prisma, outcome.userId, "logout");
    expect(await loadSessionUser(connection.prisma, outcome.userId, outcome.sessionVersion)).toBeNull();
    const again = await authenticate(connection.prisma, kadis.email, DEMO_PASSWORD);
    if (!again.ok) throw new Error("login failed");
    expect(await loadSessionUser(connection.prisma, again.userId, again.sessionVersion)).not.toBeNull();
  });

  it("load every user as the relations say: home unit, grants in order, none on an inactive unit", async () => {
    const biro = await connection.prisma.unit.findFirstOrThrow({ where: { code: "ntt.biro-organisasi" } });
    await connection.prisma.unit.update({ where: { id: biro.id }, data: { active: false } });
    try {
      const users = await connection.prisma.user.findMany({
        where: { active: true },
        select: {
          id: true, name: true, nip: true, email: true, sessionVersion: true, mustChangePassword: true, unit: { select: { id: true, name: true, path: true } },
          grants: { orderBy: { createdAt: "asc" }, select: { role: true, unitId: true, unit: { select: { path: true, name: true, active: true } } } },
        },
      });
      expect(users.some((u) => u.grants.some((g) => g.unit && !g.unit.active))).toBe(true);
      for (const u of users) {
        expect(await loadSessionUser(connection.prisma, u.id, u.sessionVersion)).toEqual({
          id: u.id, name: u.name, nip: u.nip, email: u.email, unitId: u.unit.id, unitName: u.unit.name, unitPath: u.unit.path, mustChangePassword: u.mustChangePassword,
          grants: u.grants.filter((g) => g.unit === null || g.unit.active).map((g) => ({ role: g.role, unitId: g.unitId, unitPath: g.unit?.path ?? null, unitName: g.unit?.name ?? null })),
        });
      }
    } finally {
      await connection.prisma.unit.update({ where: { id: biro.id }, data: { active: true } });
    }
  });

  it("load the user's roles with the units they cover", async () => {
    const row = await connection.prisma.user.findUniqueOrThrow({ where: { email: "biro.organisasi@nttprov.go.id" } });
    const user = await loadSessionUser(connection.prisma, row.id, row.sessionVersion);
    expect(user?.grants.map((g) => [g.role, g.unitName])).toEqual([
      ["PIMPINAN", "Biro Organisasi Sekretariat Daerah Provinsi Nusa Tenggara Timur"],
      ["PEMANTAU", "Pemerintah Provinsi Nusa Tenggara Timur"],
    ]);
  });
});
