// Issue 8, item 1: an administrator of one unit cannot take over an account that holds roles
// outside that unit, even when the account's home unit lies inside it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { grantRole, resetPassword, revokeRole, setUserActive, updateUser } from "../../../lib/org/user-mutations";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { sessionFor, unitId } from "../../helpers/users";

let connection: DatabaseConnection;
let unitAdmin: SessionUser;
const NEW_PASSWORD = "Ambil#Alih2026x";

beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
  unitAdmin = await sessionFor(connection.prisma, "admin.biro@nttprov.go.id");
});
afterAll(closeTestDatabase);

async function snapshot() {
  const db = connection.prisma;
  return {
    users: await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, passwordHash: true, active: true, sessionVersion: true } }),
    grants: await db.roleGrant.count(),
    activity: await db.activity.count(),
  };
}

async function portalAdmin() {
  return connection.prisma.user.findUniqueOrThrow({ where: { email: "admin@portalmutu.go.id" } });
}

describe("an administrator of Biro Organisasi", () => {
  it("cannot reset the password of the portal-wide administrator whose home unit is in Biro Organisasi", async () => {
    const target = await portalAdmin();
    const before = await snapshot();
    await expect(
      resetPassword(unitAdmin, { id: target.id, version: target.version, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }),
    ).rejects.toThrow(/tidak berwenang/);
    expect(await snapshot()).toEqual(before);
  });

  it("cannot deactivate, edit, grant to or revoke from that account", async () => {
    const target = await portalAdmin();
    const before = await snapshot();
    await expect(setUserActive(unitAdmin, { id: target.id, version: target.version, active: false, reason: "coba ambil alih" })).rejects.toThrow(/tidak berwenang/);
    await expect(
      updateUser(unitAdmin, { id: target.id, version: target.version, name: "Diambil Alih", nip: target.nip, email: "penyerang@example.com", position: null, unitId: target.unitId }),
    ).rejects.toThrow(/tidak berwenang/);
    await expect(grantRole(unitAdmin, { userId: target.id, role: "PEGAWAI", unitId: await unitId(connection.prisma, "ntt.biro-organisasi") })).rejects.toThrow(/tidak berwenang/);
    const grant = await connection.prisma.roleGrant.findFirstOrThrow({ where: { userId: target.id } });
    await expect(revokeRole(unitAdmin, { grantId: grant.id })).rejects.toThrow(/tidak berwenang/);
    expect(await snapshot()).toEqual(before);
  });

  it("cannot manage an account of its unit that also holds a role in another agency", async () => {
    const target = await connection.prisma.user.findUniqueOrThrow({ where: { email: "biro.organisasi@nttprov.go.id" } });
    const before = await snapshot();
    await expect(
      resetPassword(unitAdmin, { id: target.id, version: target.version, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }),
    ).rejects.toThrow(/tidak berwenang/);
    expect(await snapshot()).toEqual(before);
  });

  it("still manages an account whose every grant lies within Biro Organisasi", async () => {
    const home = await unitId(connection.prisma, "ntt.biro-organisasi.kelembagaan");
    const created = await connection.prisma.user.create({
      data: { name: "Staf Kelembagaan", email: "staf.kelembagaan@nttprov.go.id", unitId: home, passwordHash: "x", grants: { create: { role: "PEGAWAI", unitId: home } } },
    });
    await resetPassword(unitAdmin, { id: created.id, version: created.version, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD });
    const after = await connection.prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(after.mustChangePassword).toBe(true);
    // ...but once the account holds a role elsewhere, it is out of reach.
    await connection.prisma.roleGrant.create({ data: { userId: created.id, role: "AUDITOR", unitId: await unitId(connection.prisma, "ntt.dinsos") } });
    await expect(setUserActive(unitAdmin, { id: created.id, version: after.version, active: false, reason: "pindah tugas" })).rejects.toThrow(/tidak berwenang/);
  });
});
