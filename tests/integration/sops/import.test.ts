// Importing the agencies' SOP documents: the right units, idempotent, revisions for changes,
// one transaction per document, Keterkaitan resolved within the agency.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../../lib/db/connection";
import type { SopContent } from "../../../lib/sops/content";
import { listSops } from "../../../lib/sops/data";
import { commitImport } from "../../../lib/sops/import-mutations";
import { planImport } from "../../../lib/sops/import-plan";
import { seedDemoData } from "../../../seeds";
import { SYSTEM_ACTOR } from "../../../seeds/factories/org";
import { importSopDocument, sopDocumentPath } from "../../../seeds/sops";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { sessionFor } from "../../helpers/users";

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma);
}, 180_000);
afterAll(closeTestDatabase);

const sopIn = (title: string, unitCode: string) =>
  connection.prisma.sop.findFirstOrThrow({ where: { title, unit: { code: unitCode } }, include: { unit: true } });

async function currentContent(sopId: string): Promise<SopContent> {
  const sop = await connection.prisma.sop.findUniqueOrThrow({ where: { id: sopId } });
  const revision = await connection.prisma.sopRevision.findUniqueOrThrow({
    where: { sopId_revisionNo: { sopId, revisionNo: sop.currentRevisionNo } },
  });
  return revision.content as unknown as SopContent;
}

describe("the seeded SOP catalogue", () => {
  it("puts each SOP in the unit its organisation lines name", async () => {
    const surat = await sopIn("Penanganan Surat Masuk", "ntt.dinsos.sekretariat.kepum");
    expect(surat.stepCount).toBe(6);
    expect(surat.totalMinutes).toBe(95);
    const anak = await connection.prisma.sop.count({ where: { unit: { code: "ntt.dinsos.uptd-anak" } } });
    expect(anak).toBe(17);
    const bpsmb = await connection.prisma.sop.findMany({ where: { unit: { code: "kaltim.disperindagkop.bpsmb.pjksmb" } }, select: { title: true } });
    expect(bpsmb.map((s) => s.title)).toEqual(expect.arrayContaining(["Sasaran Mutu", "Audit Internal", "Kaji Ulang Manajemen"]));
    expect(await connection.prisma.sop.count({ where: { unit: { code: { startsWith: "ntt.biro-organisasi" } } } })).toBeGreaterThan(40);
  });

  it("keeps the parsed content: actors and steps of Penanganan Surat Masuk", async () => {
    const surat = await sopIn("Penanganan Surat Masuk", "ntt.dinsos.sekretariat.kepum");
    const content = await currentContent(surat.id);
    expect(content.steps).toHaveLength(6);
    expect(content.actors.length).toBeGreaterThanOrEqual(3);
    expect(content.steps[0].actor_confidence).toBe("certain");
  });

  it("resolves Keterkaitan names to SOPs of the same agency only", async () => {
    const links = await connection.prisma.sopLink.findMany({
      where: { toId: { not: null } },
      select: { from: { select: { unit: { select: { path: true } } } }, to: { select: { unit: { select: { path: true } } } } },
    });
    expect(links.length).toBeGreaterThan(100);
    const agencyOf = (path: string) => path.split("/").filter(Boolean).slice(0, 2).join("/");
    for (const link of links) expect(agencyOf(link.to!.unit.path)).toBe(agencyOf(link.from.unit.path));
  });

  it("finds SOPs by full text, in Indonesian", async () => {
    const reader = await sessionFor(connection.prisma, "pegawai@dinsos.nttprov.go.id");
    const result = await listSops(reader, { q: "Penanganan Surat Masuk", page: 1 });
    expect(result.rows[0].title).toMatch(/Penanganan Surat Masuk/);
    expect(result.rows.map((r) => r.agencyName)).toEqual(expect.arrayContaining(["Dinas Sosial", "Biro Organisasi"]));
    const stemmed = await listSops(reader, { q: "disposisi", page: 1 });
    expect(stemmed.total).toBeGreaterThan(0);
  });

  it("shows the last page, not an empty one, for a page past the end", async () => {
    const reader = await sessionFor(connection.prisma, "pegawai@dinsos.nttprov.go.id");
    const all = await listSops(reader, { page: 999 });
    const last = Math.ceil(all.total / all.pageSize);
    expect(all.page).toBe(last);
    expect(all.rows.length).toBe(all.total - (last - 1) * all.pageSize);
  });
});

describe("importing a document again", () => {
  it("changes nothing when the document is unchanged", async () => {
    const before = await connection.prisma.sopRevision.count();
    const activity = await connection.prisma.activity.count();
    const report = await importSopDocument(connection.prisma, "003_a6320db0dd9891d3.txt", "kaltim.disperindagkop.bpsmb");
    expect(report).toMatchObject({ created: 0, revised: 0, unchanged: 8 });
    expect(await connection.prisma.sopRevision.count()).toBe(before);
    expect(await connection.prisma.activity.count()).toBe(activity);
  });

  it("records a changed SOP as a new revision and keeps the old one", async () => {
    const agency = await connection.prisma.unit.findUniqueOrThrow({ where: { code: "kaltim.disperindagkop.bpsmb" } });
    const original = readFileSync(sopDocumentPath("003_a6320db0dd9891d3.txt"), "utf8");
    const changed = original.replace("08 November 2023", "09 November 2023");
    expect(changed).not.toBe(original);
    const plan = await planImport(connection.prisma, changed, "003-revisi.txt", { agency });
    expect(plan.sops.filter((s) => s.action === "revise")).toHaveLength(1);
    const report = await commitImport(connection.prisma, plan, agency.path, SYSTEM_ACTOR);
    expect(report).toMatchObject({ created: 0, revised: 1, unchanged: 7 });
    const revised = await connection.prisma.sop.findFirstOrThrow({ where: { currentRevisionNo: 2, unit: { code: { startsWith: "kaltim" } } } });
    expect(await connection.prisma.sopRevision.count({ where: { sopId: revised.id } })).toBe(2);
    expect((await currentContent(revised.id)).tanggal_pembuatan).toBe("09 November 2023");
  });

  it("writes nothing of a document when one of its SOPs cannot be written", async () => {
    const agency = await connection.prisma.unit.findUniqueOrThrow({ where: { code: "kaltim.disperindagkop.bpsmb" } });
    const text = readFileSync(sopDocumentPath("003_a6320db0dd9891d3.txt"), "utf8");
    const plan = await planImport(connection.prisma, text.replace("11 Desember 2023", "12 Desember 2023"), "003-rusak.txt", { agency });
    // Sabotage the second write: it targets an SOP id that does not exist.
    const writable = plan.sops.filter((s) => s.action === "revise");
    expect(writable.length).toBeGreaterThan(0);
    plan.sops.push({ ...writable[0], existingId: "tidak-ada", nextRevisionNo: 99 });
    const revisions = await connection.prisma.sopRevision.count();
    await expect(commitImport(connection.prisma, plan, agency.path, SYSTEM_ACTOR)).rejects.toThrow();
    expect(await connection.prisma.sopRevision.count()).toBe(revisions);
  });
});
