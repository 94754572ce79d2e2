// Every server action of lib/org and the SOP upload, called for real by users who must be
// refused: the refusal comes back, and no row and no activity changes.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { sessionFor, unitId } from "../../helpers/users";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("../../../lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const org = await import("../../../lib/org/actions");
const sops = await import("../../../lib/sops/actions");

let connection: DatabaseConnection;
const PASSWORD = "Tolak#Akses2026";

/** Everything a refused call could have touched. */
async function state() {
  const db = connection.prisma;
  const [units, users, grants] = await Promise.all([
    db.unit.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, path: true, active: true } }),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, passwordHash: true, active: true, sessionVersion: true } }),
    db.roleGrant.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { units, users, grants, activity: await db.activity.count(), sops: await db.sop.count(), revisions: await db.sopRevision.count() };
}

type Case = { name: string; actor: string; call: () => Promise<{ ok: boolean; reason?: string }> };

let cases: Case[] = [];

beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
  const db = connection.prisma;
  const unit = (code: string) => unitId(db, code);
  const dinsos = await db.unit.findUniqueOrThrow({ where: { code: "ntt.dinsos" } });
  const rehsos = await db.unit.findUniqueOrThrow({ where: { code: "ntt.dinsos.rehsos" } });
  const kadis = await db.user.findUniqueOrThrow({ where: { email: "kadis@dinsos.nttprov.go.id" } });
  const portalAdmin = await db.user.findUniqueOrThrow({ where: { email: "admin@portalmutu.go.id" } });
  const kadisGrant = await db.roleGrant.findFirstOrThrow({ where: { userId: kadis.id } });
  const adminGrant = await db.roleGrant.findFirstOrThrow({ where: { userId: portalAdmin.id } });
  const keuangan = await unit("ntt.dinsos.sekretariat.keuangan");
  const biro = await unit("ntt.biro-organisasi");

  const orgCalls = (target: { user: typeof kadis; grantId: string }) => ({
    createUnit: () => org.createUnitAction({ name: "Unit Penyusup", shortName: "", code: "ntt.dinsos.penyusup", type: "BIDANG", parentId: dinsos.id }),
    createTopUnit: () => org.createUnitAction({ name: "Provinsi Palsu", shortName: "", code: "palsu", type: "PROVINSI", parentId: "" }),
    updateUnit: () => org.updateUnitAction({ id: rehsos.id, version: rehsos.version, name: "Nama Diubah", shortName: "", code: rehsos.code }),
    moveUnit: () => org.moveUnitAction({ id: rehsos.id, version: rehsos.version, parentId: biro }),
    setUnitActive: () => org.setUnitActiveAction({ id: rehsos.id, version: rehsos.version, active: false, reason: "uji penolakan" }),
    createUser: () => org.createUserAction({ name: "Akun Penyusup", nip: "", email: "penyusup@contoh.go.id", position: "", unitId: rehsos.id, password: PASSWORD, passwordConfirm: PASSWORD }),
    updateUser: () => org.updateUserAction({ id: target.user.id, version: target.user.version, name: "Nama Diubah", nip: target.user.nip, email: target.user.email, position: "", unitId: target.user.unitId }),
    setUserActive: () => org.setUserActiveAction({ id: target.user.id, version: target.user.version, active: false, reason: "uji penolakan" }),
    resetPassword: () => org.resetPasswordAction({ id: target.user.id, version: target.user.version, password: PASSWORD, passwordConfirm: PASSWORD }),
    grantRole: () => org.grantRoleAction({ userId: target.user.id, role: "ADMIN", unitId: "" }),
    grantRoleOnUnit: () => org.grantRoleAction({ userId: target.user.id, role: "MANAJER_MUTU", unitId: dinsos.id }),
    revokeRole: () => org.revokeRoleAction({ grantId: target.grantId, reason: "uji penolakan" }),
  });
  const uploadForm = () => {
    const form = new FormData();
    form.set("file", new File(["Nomor SOP\t1\nNama SOP\tUji\n"], "uji.txt"));
    form.set("unitId", keuangan);
    return form;
  };
  const sopContent = {
    nomor: "1", nama: "Uji Penolakan", unit_lines: [], tanggal_pembuatan: null, tanggal_revisi: null, tanggal_efektif: null,
    disahkan_oleh: null, disahkan_oleh_nip: null, dasar_hukum: [], kualifikasi: [], keterkaitan: [], peralatan: [],
    peringatan: null, pencatatan: null, actors: [], steps: [],
  };
  const sopCalls = {
    previewUpload: () => sops.previewSopUploadAction(uploadForm()),
    planUpload: () => sops.planSopImportAction({ sops: [{ fileName: "uji.txt", unitId: keuangan, content: sopContent }] }),
    importUpload: () => sops.importSopUploadAction({ sops: [{ fileName: "uji.txt", unitId: keuangan, content: sopContent }] }),
  };

  const refusedEverything = (actor: string, target: { user: typeof kadis; grantId: string }) =>
    [...Object.entries(orgCalls(target)), ...Object.entries(sopCalls)].map(([name, call]) => ({ name, actor, call }));

  cases = [
    // An ordinary user may do none of it.
    ...refusedEverything("pegawai@dinsos.nttprov.go.id", { user: kadis, grantId: kadisGrant.id }),
    // A quality manager manages SOPs, not the organisation.
    ...Object.entries(orgCalls({ user: kadis, grantId: kadisGrant.id })).map(([name, call]) => ({ name, actor: "manajer.mutu@dinsos.nttprov.go.id", call })),
    // An administrator of Biro Organisasi: nothing in Dinas Sosial, and not the portal-wide administrator.
    ...Object.entries(orgCalls({ user: kadis, grantId: kadisGrant.id })).map(([name, call]) => ({ name, actor: "admin.biro@nttprov.go.id", call })),
    ...["updateUser", "setUserActive", "resetPassword", "grantRole", "revokeRole"].map((name) => ({
      name: `${name} (portal-wide administrator)`, actor: "admin.biro@nttprov.go.id",
      call: orgCalls({ user: portalAdmin, grantId: adminGrant.id })[name as "updateUser"],
    })),
    ...Object.entries(sopCalls).map(([name, call]) => ({ name, actor: "admin.biro@nttprov.go.id", call })),
    // Another agency's quality manager may not import into Dinas Sosial.
    ...Object.entries(sopCalls).map(([name, call]) => ({ name, actor: "mutu@bpsmb.kaltimprov.go.id", call })),
  ];
});
afterAll(closeTestDatabase);

describe("refused server actions", () => {
  it("come back as FORBIDDEN and change nothing, for every case", async () => {
    expect(cases.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const c of cases) {
      session.current = await sessionFor(connection.prisma, c.actor);
      const before = await state();
      const result = await c.call();
      const after = await state();
      if (result.ok || result.reason !== "FORBIDDEN") failures.push(`${c.actor} ${c.name}: ${JSON.stringify(result)}`);
      else if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${c.actor} ${c.name}: data changed`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
