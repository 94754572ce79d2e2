import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "../../../lib/auth/login";
import { loadSessionUser } from "../../../lib/auth/load-user";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { getUser, listUsers } from "../../../lib/org/data";
import { changeOwnPassword, createUser, grantRole, resetPassword, revokeRole, setUserActive, updateUser } from "../../../lib/org/user-mutations";
import { seedDemoData } from "../../../seeds";
import { DEMO_PASSWORD } from "../../../seeds/users";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { sessionFor, unitId } from "../../helpers/users";

let connection: DatabaseConnection;
let admin: SessionUser;
let pegawai: SessionUser;
const NEW_PASSWORD = "Laporan#Kupang2026";

beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
  admin = await sessionFor(connection.prisma, "admin@portalmutu.go.id");
  pegawai = await sessionFor(connection.prisma, "pegawai@dinsos.nttprov.go.id");
});
afterAll(closeTestDatabase);

const query = { status: "aktif" as const, page: 1 };

describe("users", () => {
  it("created by an administrator can sign in and must change their password", async () => {
    const unit = await unitId(connection.prisma, "ntt.dinsos.linjamsos");
    const { id } = await createUser(admin, {
      name: "Benediktus Nahak", nip: "199204172018011002", email: "benediktus@dinsos.nttprov.go.id",
      position: "Analis Jaminan Sosial", unitId: unit, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD,
    });
    const outcome = await authenticate(connection.prisma, "199204172018011002", NEW_PASSWORD);
    expect(outcome.ok).toBe(true);
    const detail = await getUser(admin, id);
    expect(detail?.mustChangePassword).toBe(true);
    const stored = await connection.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(detail?.grants.map((g) => [g.role, g.unitName])).toEqual([["PEGAWAI", "Bidang Perlindungan dan Jaminan Sosial"]]);
  });

  it("cannot share a NIP or an e-mail, and nothing is created", async () => {
    const before = await connection.prisma.user.count();
    const unit = await unitId(connection.prisma, "ntt.dinsos.linjamsos");
    await expect(
      createUser(admin, { name: "Kembar", nip: "199204172018011002", email: null, position: null, unitId: unit, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }),
    ).rejects.toThrow(/NIP ini sudah terdaftar/);
    expect(await connection.prisma.user.count()).toBe(before);
  });

  it("are found by name, NIP or e-mail with pagination totals", async () => {
    const byName = await listUsers(admin, { ...query, q: "benediktus" });
    expect(byName.rows.map((r) => r.name)).toEqual(["Benediktus Nahak"]);
    const byNip = await listUsers(admin, { ...query, q: "19920417" });
    expect(byNip.total).toBe(1);
    const all = await listUsers(admin, query);
    expect(all.total).toBe(await connection.prisma.user.count({ where: { active: true } }));
  });

  it("are filtered by unit subtree and role", async () => {
    const dinsos = await unitId(connection.prisma, "ntt.dinsos");
    const auditors = await listUsers(admin, { ...query, unitId: dinsos, role: "AUDITOR" });
    expect(auditors.rows.map((r) => r.email).sort()).toEqual(["auditor.linjamsos@dinsos.nttprov.go.id", "auditor@dinsos.nttprov.go.id"]);
    const kaltim = await listUsers(admin, { ...query, unitId: await unitId(connection.prisma, "kaltim") });
    expect(kaltim.rows.map((r) => r.email).sort()).toEqual(["auditor@bpsmb.kaltimprov.go.id", "mutu@bpsmb.kaltimprov.go.id"]);
  });

  it("are invisible and untouchable to a PEGAWAI", async () => {
    expect((await listUsers(pegawai, query)).total).toBe(0);
    const target = await connection.prisma.user.findUniqueOrThrow({ where: { email: "kadis@dinsos.nttprov.go.id" } });
    expect(await getUser(pegawai, target.id)).toBeNull();
    await expect(
      updateUser(pegawai, { id: target.id, version: target.version, name: "X", nip: target.nip, email: target.email, position: null, unitId: target.unitId }),
    ).rejects.toThrow(/tidak berwenang/);
  });

  it("refuse a stale edit", async () => {
    const target = await connection.prisma.user.findUniqueOrThrow({ where: { email: "arsip@dinsos.nttprov.go.id" } });
    const base = { id: target.id, nip: target.nip, email: target.email, position: target.position, unitId: target.unitId };
    await updateUser(admin, { ...base, version: target.version, name: "Fransiska Nona Lejap, A.Md" });
    await expect(updateUser(admin, { ...base, version: target.version, name: "Tertimpa" })).rejects.toThrow(/telah diubah/);
    expect((await connection.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).name).toBe("Fransiska Nona Lejap, A.Md");
  });

  it("deactivated lose their sessions at once and cannot sign in", async () => {
    const target = await connection.prisma.user.findUniqueOrThrow({ where: { email: "auditor@dinsos.nttprov.go.id" } });
    expect(await loadSessionUser(connection.prisma, target.id, target.sessionVersion)).not.toBeNull();
    await setUserActive(admin, { id: target.id, version: target.version, active: false, reason: "Mutasi ke OPD lain" });
    expect(await loadSessionUser(connection.prisma, target.id, target.sessionVersion)).toBeNull();
    expect(await authenticate(connection.prisma, "auditor@dinsos.nttprov.go.id", DEMO_PASSWORD)).toEqual({ ok: false, reason: "DEACTIVATED" });
    const history = await connection.prisma.activity.findMany({ where: { entityId: target.id }, orderBy: { id: "asc" } });
    expect(history.at(-1)?.reason).toBe("Mutasi ke OPD lain");
  });

  it("get a reset password that ends their sessions", async () => {
    const target = await connection.prisma.user.findUniqueOrThrow({ where: { email: "kabid.dayasos@dinsos.nttprov.go.id" } });
    await resetPassword(admin, { id: target.id, version: target.version, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD });
    expect(await loadSessionUser(connection.prisma, target.id, target.sessionVersion)).toBeNull();
    expect((await authenticate(connection.prisma, target.email!, NEW_PASSWORD)).ok).toBe(true);
    expect((await authenticate(connection.prisma, target.email!, DEMO_PASSWORD)).ok).toBe(false);
  });

  it("are granted and revoked roles per unit, with history", async () => {
    const target = await connection.prisma.user.findUniqueOrThrow({ where: { email: "pegawai@dinsos.nttprov.go.id" } });
    const unit = await unitId(connection.prisma, "ntt.dinsos");
    await grantRole(admin, { userId: target.id, role: "AUDITOR", unitId: unit });
    await expect(grantRole(admin, { userId: target.id, role: "AUDITOR", unitId: unit })).rejects.toThrow(/sudah memegang/);
    const detail = await getUser(admin, target.id);
    const grant = detail?.grants.find((g) => g.role === "AUDITOR");
    expect(grant?.unitName).toBe("Dinas Sosial Provinsi Nusa Tenggara Timur");
    await revokeRole(admin, { grantId: grant!.id, reason: "Masa tugas tim audit selesai" });
    expect((await getUser(admin, target.id))?.grants.map((g) => g.role)).toEqual(["PEGAWAI"]);
    const actions = await connection.prisma.activity.findMany({ where: { entityId: target.id }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["grant", "revoke"]));
  });

  it("an administrator cannot revoke their own administrator role", async () => {
    const grant = await connection.prisma.roleGrant.findFirstOrThrow({ where: { userId: admin.id, role: "ADMIN" } });
    await expect(revokeRole(admin, { grantId: grant.id })).rejects.toThrow(/sendiri/);
  });

  it("change their own password only with the current one, ending their other sessions", async () => {
    const me = await sessionFor(connection.prisma, "biro.organisasi@nttprov.go.id");
    const row = await connection.prisma.user.findUniqueOrThrow({ where: { id: me.id } });
    await expect(
      changeOwnPassword(me, { currentPassword: "bukan-ini", password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }),
    ).rejects.toThrow(/Kata sandi saat ini salah/);
    await changeOwnPassword(me, { currentPassword: DEMO_PASSWORD, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD });
    expect(await loadSessionUser(connection.prisma, me.id, row.sessionVersion)).toBeNull();
    expect((await authenticate(connection.prisma, "biro.organisasi@nttprov.go.id", NEW_PASSWORD)).ok).toBe(true);
  });
});
