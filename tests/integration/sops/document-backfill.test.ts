// An installation upgraded from before document control: its SOPs exist, its register is empty.
// The sop_documents migration puts every SOP in the register as the import would have.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, installDatabase } from "../../../lib/db";
import { openPglite, type DatabaseConnection } from "../../../lib/db/connection";
import { applyMigrations, readMigrations } from "../../../lib/db/migrate";
import { agencyOf } from "../../../lib/org/agency";
import { generatedCodePrefix, sopNextReviewAt, dayOf } from "../../../lib/sops/document-link-mutations";
import { seedDemoData } from "../../../seeds";

const BACKFILL = readMigrations().find((m) => m.name.endsWith("_sop_documents"))!;
let connection: DatabaseConnection;

beforeAll(async () => {
  connection = await openPglite("memory://");
  await applyMigrations(connection.sql, readMigrations().filter((m) => m.name < BACKFILL.name));
  installDatabase(connection);
  await seedDemoData(connection.prisma, { sops: true, objectives: false });
  const db = connection.prisma;
  // Before document control: SOPs with revisions and no documents.
  await db.controlledDocument.deleteMany({});
  const dinsos = await db.sop.findMany({ where: { unit: { code: { startsWith: "ntt.dinsos" } } }, orderBy: { title: "asc" }, take: 3, select: { id: true } });
  // Two SOPs of one agency printing the same number, and one without a number.
  await db.sop.update({ where: { id: dinsos[0].id }, data: { number: "800/KEMBAR/2026" } });
  await db.sop.update({ where: { id: dinsos[1].id }, data: { number: "800/KEMBAR/2026" } });
  await db.sop.update({ where: { id: dinsos[2].id }, data: { number: null } });
  // One SOP with a history: revision 1 two years ago, revision 2 a year later.
  const revision2 = await db.sopRevision.findFirstOrThrow({ where: { sopId: dinsos[2].id, revisionNo: 1 } });
  await db.sopRevision.update({ where: { id: revision2.id }, data: { createdAt: new Date("2024-03-10T02:00:00Z") } });
  await db.sopRevision.create({
    data: { sopId: dinsos[2].id, revisionNo: 2, content: revision2.content ?? {}, contentHash: "x", source: "edit", reason: "Perbaikan", createdAt: new Date("2025-03-31T02:00:00Z") },
  });
  await db.sop.update({ where: { id: dinsos[2].id }, data: { currentRevisionNo: 2 } });
}, 300_000);
afterAll(closeDatabase);

describe("the sop_documents migration", () => {
  it("registers every SOP as a public PROSEDUR of its agency with its revisions, codes unique", async () => {
    const db = connection.prisma;
    expect(await db.controlledDocument.count()).toBe(0);
    // The backfill and whatever migrations came after it.
    expect(await applyMigrations(connection.sql)).toEqual(readMigrations().filter((m) => m.name >= BACKFILL.name).map((m) => m.name));

    const sops = await db.sop.findMany({
      select: {
        id: true, number: true, title: true, unitId: true, currentRevisionNo: true, unit: { select: { path: true } },
        revisions: { orderBy: { revisionNo: "asc" }, select: { revisionNo: true, createdAt: true } },
        document: { include: { revisions: { orderBy: { revisionNo: "asc" } } } },
      },
    });
    expect(sops.length).toBeGreaterThan(100);
    expect(await db.controlledDocument.count({ where: { type: "PROSEDUR" } })).toBe(sops.length);
    const agencies = new Map(await Promise.all(sops.map(async (s) => [s.id, await agencyOf(db, s.unit.path)] as const)));
    const printed = new Map<string, number>();
    for (const s of sops) if (s.number?.trim()) printed.set(`${agencies.get(s.id)!.id} ${s.number.trim()}`, (printed.get(`${agencies.get(s.id)!.id} ${s.number.trim()}`) ?? 0) + 1);
    for (const sop of sops) {
      const agency = agencies.get(sop.id)!;
      const document = sop.document!;
      expect(document).toMatchObject({
        id: `sopdoc_${sop.id}`, agencyId: agency.id, unitId: sop.unitId, title: sop.title, access: "BEBAS", status: "AKTIF",
        retentionActiveYears: 5, retentionInactiveYears: 5, finalDisposition: "PERMANEN", reviewIntervalMonths: 24,
        currentRevisionNo: sop.currentRevisionNo, firstEffectiveAt: dayOf(sop.revisions[0].createdAt),
        nextReviewAt: sopNextReviewAt(sop.revisions.at(-1)!.createdAt),
      });
      expect(document.revisions.map((r) => [r.revisionNo, r.status, r.text, r.sopContent])).toEqual(
        sop.revisions.map((r) => [r.revisionNo, r.revisionNo === sop.currentRevisionNo ? "BERLAKU" : "KADALUARSA", null, null]),
      );
      // The printed number when no other SOP of the agency prints it too (our two twins, and e.g. "Tahun 2024").
      const unique = !!sop.number?.trim() && printed.get(`${agency.id} ${sop.number.trim()}`) === 1;
      if (sop.number === "800/KEMBAR/2026") expect(unique).toBe(false);
      if (unique) expect(document.code).toBe(sop.number!.trim());
      else expect(document.code).toMatch(new RegExp(`^${generatedCodePrefix(agency).replace(/[/.()]/g, "\\$&")}\\d{3}$`));
    }
    const withHistory = sops.find((s) => s.currentRevisionNo === 2 && s.number === null)!;
    expect(withHistory.document!.revisions[0].obsoleteAt).toEqual(new Date("2025-03-31T02:00:00Z"));
    // 31 March 2025 + 24 months.
    expect(withHistory.document!.nextReviewAt).toEqual(new Date("2027-03-31T00:00:00Z"));
  });

  it("leaves SOPs already in the register alone when run on a newer database", async () => {
    const before = await connection.prisma.controlledDocument.findMany({ orderBy: { id: "asc" }, select: { id: true, code: true, version: true } });
    await connection.sql.exec(BACKFILL.sql);
    expect(await connection.prisma.controlledDocument.findMany({ orderBy: { id: "asc" }, select: { id: true, code: true, version: true } })).toEqual(before);
  });
});
