import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedDemoData } from "../../../seeds";
import { DEMO_USERS } from "../../../seeds/users";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await openTestDatabase();
});
afterAll(closeTestDatabase);

async function counts() {
  const db = connection.prisma;
  return {
    units: await db.unit.count(),
    users: await db.user.count(),
    grants: await db.roleGrant.count(),
    sops: await db.sop.count(),
    revisions: await db.sopRevision.count(),
    links: await db.sopLink.count(),
    objectives: await db.qualityObjective.count(),
    measurements: await db.objectiveMeasurement.count(),
    policies: await db.qualityPolicy.count(),
    activity: await db.activity.count(),
    correctiveActions: await db.correctiveAction.count(),
    correctiveActionItems: await db.correctiveActionItem.count(),
  };
}

describe("demo data", () => {
  it("loads the agencies of the seed documents and their units", async () => {
    const report = await seedDemoData(connection.prisma);
    expect(report.usersCreated).toBe(DEMO_USERS.length);
    const dinsos = await connection.prisma.unit.findUniqueOrThrow({
      where: { code: "ntt.dinsos" },
      select: { name: true, parent: { select: { name: true } }, children: { select: { name: true } } },
    });
    expect(dinsos.parent?.name).toBe("Pemerintah Provinsi Nusa Tenggara Timur");
    expect(dinsos.children.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        "Sekretariat Dinas Sosial",
        "UPTD Kesejahteraan Sosial Lanjut Usia di Kupang",
        "UPTD Kesejahteraan Sosial Tuna Netra dan Karya Wanita di Kupang",
        "UPTD Kesejahteraan Sosial Anak di Kupang",
      ]),
    );
    const bpsmb = await connection.prisma.unit.findUniqueOrThrow({
      where: { code: "kaltim.disperindagkop.bpsmb" },
      select: { path: true, depth: true },
    });
    expect(bpsmb.depth).toBe(2);
    expect(await connection.prisma.unit.findUnique({ where: { code: "ntt.biro-organisasi" } })).not.toBeNull();
    expect(await connection.prisma.unit.findUnique({ where: { code: "ntt.bkd" } })).not.toBeNull();
  });

  it("holds a demo account for every role", async () => {
    const roles = await connection.prisma.roleGrant.findMany({ distinct: ["role"], select: { role: true } });
    expect(roles.map((r) => r.role).sort()).toEqual(
      ["ADMIN", "AUDITEE", "AUDITOR", "MANAJER_MUTU", "PEGAWAI", "PEMANTAU", "PENGENDALI_DOKUMEN", "PIMPINAN"],
    );
  });

  it("changes nothing when loaded twice", async () => {
    const before = await counts();
    const report = await seedDemoData(connection.prisma);
    expect(report).toEqual({ unitsCreated: 0, usersCreated: 0, sopsCreated: 0, sopsRevised: 0, objectivesCreated: 0, findingsCreated: 0, correctiveActionsCreated: 0, managementReviewsCreated: 0 });
    expect(await counts()).toEqual(before);
  });
});
