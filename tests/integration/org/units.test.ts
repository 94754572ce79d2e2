import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { listUnitTree } from "../../../lib/org/data";
import { createUnit, moveUnit, setUnitActive, updateUnit } from "../../../lib/org/unit-mutations";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { sessionFor, unitId } from "../../helpers/users";

let connection: DatabaseConnection;
let admin: SessionUser;
let manajer: SessionUser;

beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
  admin = await sessionFor(connection.prisma, "admin@portalmutu.go.id");
  manajer = await sessionFor(connection.prisma, "manajer.mutu@dinsos.nttprov.go.id");
});
afterAll(closeTestDatabase);

const unit = (id: string) => connection.prisma.unit.findUniqueOrThrow({ where: { id } });
const history = (id: string) =>
  connection.prisma.activity.findMany({ where: { entity: "unit", entityId: id }, orderBy: { id: "asc" } });

describe("units", () => {
  it("are created under a parent with their path and a history row", async () => {
    const parent = await unitId(connection.prisma, "ntt.dinsos.rehsos");
    const { id } = await createUnit(admin, { name: "Seksi Rehabilitasi Anak", shortName: null, code: "ntt.dinsos.rehsos.anak", type: "SEKSI", parentId: parent });
    const created = await unit(id);
    expect(created.path).toBe(`${(await unit(parent)).path}${id}/`);
    expect(created.depth).toBe(3);
    const rows = await history(id);
    expect(rows.map((r) => [r.action, r.actorLabel])).toEqual([["create", "Administrator Portal"]]);
  });

  it("refuse a type that cannot sit under the parent, and create nothing", async () => {
    const before = await connection.prisma.unit.count();
    const parent = await unitId(connection.prisma, "ntt.dinsos.rehsos");
    await expect(createUnit(admin, { name: "Dinas Baru", shortName: null, code: "ntt.baru", type: "PERANGKAT_DAERAH", parentId: parent })).rejects.toThrow(/tidak dapat berada langsung di bawah/);
    expect(await connection.prisma.unit.count()).toBe(before);
  });

  it("refuse a code already in use", async () => {
    const parent = await unitId(connection.prisma, "ntt.dinsos");
    await expect(createUnit(admin, { name: "Bidang Kembar", shortName: null, code: "ntt.dinsos.rehsos", type: "BIDANG", parentId: parent })).rejects.toThrow(/sudah dipakai/);
  });

  it("are renamed with the before and after in the history", async () => {
    const id = await unitId(connection.prisma, "ntt.bkd.pengembangan");
    const current = await unit(id);
    await updateUnit(admin, { id, version: current.version, name: "Bidang Pengembangan Kompetensi Aparatur", shortName: "Bidang PKA", code: current.code });
    expect((await unit(id)).name).toBe("Bidang Pengembangan Kompetensi Aparatur");
    const last = (await history(id)).at(-1);
    expect(last?.action).toBe("update");
    expect((last?.before as { name: string }).name).toBe("Bidang Pengembangan Aparatur");
    expect((last?.after as { name: string }).name).toBe("Bidang Pengembangan Kompetensi Aparatur");
  });

  it("refuse a stale edit and keep the other person's change", async () => {
    const id = await unitId(connection.prisma, "ntt.bkd.sekretariat");
    const opened = await unit(id);
    await updateUnit(admin, { id, version: opened.version, name: "Sekretariat BKD (baru)", shortName: null, code: opened.code });
    await expect(
      updateUnit(admin, { id, version: opened.version, name: "Sekretariat BKD (tertimpa)", shortName: null, code: opened.code }),
    ).rejects.toThrow(/telah diubah oleh pengguna lain/);
    expect((await unit(id)).name).toBe("Sekretariat BKD (baru)");
  });

  it("move with their whole subtree", async () => {
    const uptd = await unitId(connection.prisma, "ntt.dinsos.uptd-anak");
    const tu = await unitId(connection.prisma, "ntt.dinsos.uptd-anak.tu");
    const bkd = await unitId(connection.prisma, "ntt.bkd");
    await moveUnit(admin, { id: uptd, version: (await unit(uptd)).version, parentId: bkd });
    const moved = await unit(uptd);
    expect(moved.parentId).toBe(bkd);
    expect((await unit(tu)).path).toBe(`${moved.path}${tu}/`);
    expect((await history(uptd)).at(-1)?.action).toBe("move");
  });

  it("cannot move under their own descendant", async () => {
    const dinsos = await unitId(connection.prisma, "ntt.dinsos");
    const sekretariat = await unitId(connection.prisma, "ntt.dinsos.sekretariat");
    const before = await unit(dinsos);
    await expect(moveUnit(admin, { id: dinsos, version: before.version, parentId: sekretariat })).rejects.toThrow(/ke bawah dirinya sendiri/);
    expect(await unit(dinsos)).toEqual(before);
  });

  it("cannot be deactivated while users still work there", async () => {
    const id = await unitId(connection.prisma, "ntt.dinsos.dayasos");
    await expect(setUnitActive(admin, { id, version: (await unit(id)).version, active: false, reason: "Restrukturisasi" })).rejects.toThrow(/pengguna aktif/);
  });

  it("are deactivated with the reason recorded", async () => {
    const id = await unitId(connection.prisma, "ntt.dinsos.sekretariat.program");
    await setUnitActive(admin, { id, version: (await unit(id)).version, active: false, reason: "Digabung ke Subbag Keuangan" });
    expect((await unit(id)).active).toBe(false);
    const last = (await history(id)).at(-1);
    expect([last?.action, last?.reason]).toEqual(["deactivate", "Digabung ke Subbag Keuangan"]);
  });

  it("may be managed only by an administrator, within scope", async () => {
    const id = await unitId(connection.prisma, "ntt.dinsos.pfm");
    await expect(updateUnit(manajer, { id, version: (await unit(id)).version, name: "Diubah Manajer", shortName: null, code: "ntt.dinsos.pfm" })).rejects.toThrow(/tidak berwenang/);
  });

  it("are listed as a tree limited to the reader's scope", async () => {
    const forest = await listUnitTree(admin);
    expect(forest.map((n) => n.code)).toEqual(["kaltim", "ntt"]);
    expect(await listUnitTree(manajer)).toEqual([]);
  });
});
