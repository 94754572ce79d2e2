// Reading the SOP catalogue: search through the stored vector with the matching words shown, and
// what a page tells readers about a revision.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../../lib/db/connection";
import type { SopContent } from "../../../lib/sops/content";
import { getSop, listSops } from "../../../lib/sops/data";
import { assignStepActors } from "../../../lib/sops/revise-mutations";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { approveSopRevision } from "../../helpers/sop-document";
import { sessionFor } from "../../helpers/users";

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma);
}, 300_000);
afterAll(closeTestDatabase);

const PEGAWAI = "pegawai@dinsos.nttprov.go.id";
const MANAJER = "manajer.mutu@dinsos.nttprov.go.id";

describe("searching the catalogue", () => {
  it("stores the search vector in an indexed column the database keeps up to date", async () => {
    const [row] = await connection.sql.query<{ stored: boolean; indexed: boolean }>(
      `SELECT
         bool_and(s."searchVector" = to_tsvector('indonesian', s."searchText")) AS stored,
         EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = 'Sop' AND indexdef ILIKE '%gin%searchVector%') AS indexed
       FROM "Sop" s`,
    );
    expect(row).toEqual({ stored: true, indexed: true });
  });

  it("shows why a hit matched: bansos in the text of Kelompok Usaha Bersama", async () => {
    const reader = await sessionFor(connection.prisma, PEGAWAI);
    const result = await listSops(reader, { q: "bansos", page: 1 });
    const kube = result.rows.find((r) => r.title.startsWith("Kelompok Usaha Bersama"));
    expect(kube).toBeDefined();
    const hits = kube!.snippet!.filter((p) => p.hit).map((p) => p.text.toLowerCase());
    expect(hits).toContain("bansos");
    expect(kube!.snippet!.map((p) => p.text).join("")).toMatch(/penerima bansos/i);
  });

  it("gives no snippet without a search, and finds stemmed words", async () => {
    const reader = await sessionFor(connection.prisma, PEGAWAI);
    const all = await listSops(reader, { page: 1 });
    expect(all.rows.every((r) => r.snippet === null)).toBe(true);
    const stemmed = await listSops(reader, { q: "mendisposisikan", page: 1 });
    expect(stemmed.total).toBeGreaterThan(0);
  });
});

describe("a revision's source", () => {
  it("names the imported file to the SOP's managers only", async () => {
    const sop = await connection.prisma.sop.findFirstOrThrow({ where: { title: "Penanganan Surat Masuk", unit: { code: "ntt.dinsos.sekretariat.kepum" } } });
    const reader = await getSop(await sessionFor(connection.prisma, PEGAWAI), sop.id);
    expect(reader!.revision.sourceName).toBeNull();
    expect(reader!.revisions.every((r) => r.sourceName === null)).toBe(true);
    const manager = await getSop(await sessionFor(connection.prisma, MANAJER), sop.id);
    expect(manager!.revision.sourceName).toMatch(/\.txt$/);
  });
});

describe("assigning a Pelaksana to several steps", () => {
  async function notaDinas() {
    const sop = await connection.prisma.sop.findFirstOrThrow({
      where: { title: "Penanganan Nota Dinas", unit: { code: { startsWith: "ntt.dinsos" } } },
      select: { id: true, version: true, currentRevisionNo: true },
    });
    const revision = await connection.prisma.sopRevision.findUniqueOrThrow({
      where: { sopId_revisionNo: { sopId: sop.id, revisionNo: sop.currentRevisionNo } },
      select: { content: true },
    });
    const content = revision.content as unknown as SopContent;
    const unknown = content.steps.flatMap((s, i) => (s.actor === null ? [i] : []));
    return { sop, content, unknown };
  }

  it("refuses the wrong role and a manajer mutu of another agency, and writes nothing", async () => {
    const { sop, content, unknown } = await notaDinas();
    const input = { id: sop.id, version: sop.version, stepIndexes: unknown, actor: content.actors[0] };
    for (const email of [PEGAWAI, "mutu@bpsmb.kaltimprov.go.id"]) {
      await expect(assignStepActors(await sessionFor(connection.prisma, email), input)).rejects.toMatchObject({ reason: "FORBIDDEN" });
    }
    expect(await connection.prisma.sopRevision.count({ where: { sopId: sop.id } })).toBe(sop.currentRevisionNo);
  });

  it("proposes the assignment as a pending revision, refuses another while it is pending, and shows it once approved", async () => {
    const { sop, content, unknown } = await notaDinas();
    expect(unknown.length).toBeGreaterThanOrEqual(2);
    const manager = await sessionFor(connection.prisma, MANAJER);
    const actor = content.actors[1];
    const input = { id: sop.id, version: sop.version, stepIndexes: unknown.slice(0, 2), actor };
    const proposal = await assignStepActors(manager, input);
    expect(proposal).toMatchObject({ revisionNo: sop.currentRevisionNo + 1, replaced: false });
    // The catalogue still shows the content in force, with the pending revision announced.
    expect((await notaDinas()).content).toEqual(content);
    const page = (await getSop(manager, sop.id))!;
    expect(page.revision.revisionNo).toBe(sop.currentRevisionNo);
    expect(page.pending).toMatchObject({ revisionNo: proposal.revisionNo, status: "DRAF", editable: true });
    expect(page.pending!.changeReason).toMatch(/^Penetapan pelaksana: langkah .+ → /);
    for (const i of unknown.slice(0, 2)) expect(page.pending!.content!.steps[i]).toMatchObject({ actor, actor_confidence: "certain" });
    // A reader who neither manages the SOP nor keeps the document is told of it, not shown the draft.
    expect((await getSop(await sessionFor(connection.prisma, PEGAWAI), sop.id))!.pending).toMatchObject({ revisionNo: proposal.revisionNo, content: null });
    await expect(assignStepActors(manager, { ...input, stepIndexes: [unknown[0]] })).rejects.toMatchObject({
      reason: "RULE",
      message: expect.stringContaining("Masih ada revisi yang belum berlaku"),
    });

    await approveSopRevision(connection.prisma, page.pending!.id, { id: manager.id, name: "Kepala Dinas" });
    const after = await notaDinas();
    expect(after.sop.currentRevisionNo).toBe(proposal.revisionNo);
    for (const i of unknown.slice(0, 2)) expect(after.content.steps[i]).toMatchObject({ actor, actor_confidence: "certain" });
    expect(after.content.steps.filter((s, i) => !unknown.slice(0, 2).includes(i))).toEqual(content.steps.filter((s, i) => !unknown.slice(0, 2).includes(i)));
    const revision = await connection.prisma.sopRevision.findUniqueOrThrow({ where: { sopId_revisionNo: { sopId: sop.id, revisionNo: proposal.revisionNo } } });
    expect(revision).toMatchObject({ source: "edit", createdBy: "Kepala Dinas" });
    expect(revision.reason).toMatch(/^Penetapan pelaksana: langkah .+ → /);
    expect((await getSop(manager, sop.id))!.pending).toBeNull();
    // The page opened before the revision took effect is stale.
    await expect(assignStepActors(manager, input)).rejects.toMatchObject({ reason: "STALE" });
  });

  it("accepts only one of the SOP's own Pelaksana", async () => {
    const { sop, unknown } = await notaDinas();
    const manager = await sessionFor(connection.prisma, MANAJER);
    await expect(
      assignStepActors(manager, { id: sop.id, version: sop.version, stepIndexes: unknown.length ? unknown : [0], actor: "Orang Lain" }),
    ).rejects.toMatchObject({ reason: "INVALID" });
  });
});
