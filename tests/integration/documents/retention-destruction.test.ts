// Retention, the Berita Acara Pemusnahan and the hand-over against a fresh demo database: the
// destruction purges the content and keeps the record; documents not due, of another agency, or
// permanent are refused; the wrong role and another agency change nothing; a stale edit is told so.
import { describe, expect, it } from "vitest";
import { executeDestruction, proposeDestruction, transitionDestruction, updateDestruction } from "../../../lib/documents/destruction-mutations";
import { getDestruction } from "../../../lib/documents/destruction-data";
import { getRetentionSection, listDestructions, listRetention } from "../../../lib/documents/retention-data";
import { handOverDocument } from "../../../lib/documents/retention-mutations";
import { retentionQuerySchema } from "../../../lib/documents/retention-schema";
import { seedDocumentRetention } from "../../../seeds/document-retention";
import { daysFrom, ensureRetentionDocument, userByEmail, utcDay } from "../../../seeds/factories/document-retention";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { expectRefusedUnchanged } from "../../helpers/refusals";

const { db, as } = useDemoDatabase(demoUsers("manajer", "kadis", "arsip", "pegawai", "bpsmb", "biro"));
const TODAY = utcDay(new Date());
const iso = (d: Date) => d.toISOString().slice(0, 10);
let seq = 0;

/** A Dinas Sosial document whose retention ended `daysAgo` days ago (negative: ends in the future). */
async function dinsosDocument(over: { daysAgo?: number; disposition?: "MUSNAH" | "PERMANEN"; agencyCode?: string; unitCode?: string } = {}) {
  const arsip = await userByEmail(db(), "arsip@dinsos.nttprov.go.id");
  const daysAgo = over.daysAgo ?? 30;
  // 1 + 1 years after withdrawal: withdrawn two years before the end.
  const end = daysFrom(TODAY, -daysAgo);
  const withdrawnAt = new Date(Date.UTC(end.getUTCFullYear() - 2, end.getUTCMonth(), end.getUTCDate()));
  seq++;
  const { id } = await ensureRetentionDocument(db(), {
    agencyCode: over.agencyCode ?? "ntt.dinsos", unitCode: over.unitCode ?? "ntt.dinsos.dayasos", code: `FRM/T/${seq}`, title: `Formulir uji ${seq}`,
    type: "FORMULIR", finalDisposition: over.disposition ?? "MUSNAH", activeYears: 1, inactiveYears: 1,
    firstEffectiveAt: new Date(Date.UTC(2010, 0, 1)), withdrawnAt, uploaderId: arsip.id,
  });
  return id;
}

async function agencyId(code: string) {
  return (await db().unit.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

const baState = (id: string) => () => db().documentDestruction.findUniqueOrThrow({ where: { id }, include: { documents: { select: { id: true, status: true } } } });
const witnesses = [
  { name: "Yohanes Bria", nip: "197805122005011003", position: "Sekretaris" },
  { name: "Maria Kolo", nip: null, position: "Kepala Sub Bagian Keuangan" },
];

async function approvedBa(docIds: string[]) {
  const { id } = await proposeDestruction(as.arsip, { agencyId: await agencyId("ntt.dinsos"), documentIds: docIds, note: null });
  let ba = await db().documentDestruction.findUniqueOrThrow({ where: { id } });
  await transitionDestruction(as.arsip, { id, version: ba.version, transition: "submit", note: null });
  ba = await db().documentDestruction.findUniqueOrThrow({ where: { id } });
  await transitionDestruction(as.kadis, { id, version: ba.version, transition: "approve", note: null });
  return db().documentDestruction.findUniqueOrThrow({ where: { id } });
}

describe("the retention lists", () => {
  it("lists ended MUSNAH and PERMANEN documents apart, and what comes due within a year", async () => {
    const musnah = await dinsosDocument({ daysAgo: 5 });
    const permanen = await dinsosDocument({ daysAgo: 5, disposition: "PERMANEN" });
    const soon = await dinsosDocument({ daysAgo: -60 });
    const later = await dinsosDocument({ daysAgo: -500 });
    const ids = async (tab: string) => (await listRetention(as.arsip, retentionQuerySchema.parse({ tab }))).rows.map((r) => r.id);
    expect(await ids("musnah")).toContain(musnah);
    expect(await ids("musnah")).not.toContain(permanen);
    expect(await ids("permanen")).toContain(permanen);
    expect(await ids("mendatang")).toContain(soon);
    expect([...(await ids("musnah")), ...(await ids("mendatang"))]).not.toContain(later);
    // Keepers only: a pegawai and another agency's manajer see none of it.
    expect((await listRetention(as.pegawai, retentionQuerySchema.parse({ tab: "musnah" }))).total).toBe(0);
    expect(await (async () => (await listRetention(as.bpsmb, retentionQuerySchema.parse({ tab: "musnah" }))).rows.map((r) => r.id))()).not.toContain(musnah);
  });
});

describe("Berita Acara Pemusnahan", () => {
  it("is numbered per agency and year, approved by the kadis, and its execution purges content but keeps the record", async () => {
    const a = await dinsosDocument();
    const b = await dinsosDocument();
    const filesBefore = await db().documentRevision.findMany({ where: { documentId: { in: [a, b] } }, select: { fileId: true } });
    expect(filesBefore.every((r) => r.fileId)).toBe(true);
    const ba = await approvedBa([a, b]);
    expect(ba.number).toMatch(new RegExp(`^BAP/DINAS-SOSIAL/${TODAY.getUTCFullYear()}/\\d{2}$`));
    expect(ba.status).toBe("DISETUJUI");
    // The kadis was told of the submission, the arsip of the decision.
    const kadisId = as.kadis.id;
    expect(await db().notification.count({ where: { userId: kadisId, event: "document_destruction_submitted", entityId: ba.id } })).toBe(1);
    expect(await db().notification.count({ where: { userId: as.arsip.id, event: "document_destruction_decided", entityId: ba.id } })).toBe(1);

    await executeDestruction(as.arsip, { id: ba.id, version: ba.version, destroyedOn: iso(TODAY), method: "DICACAH", place: "Ruang arsip", witnesses });
    const after = await db().documentDestruction.findUniqueOrThrow({ where: { id: ba.id } });
    expect(after).toMatchObject({ status: "DILAKSANAKAN", method: "DICACAH", place: "Ruang arsip", executedById: as.arsip.id });
    expect(after.witnesses).toHaveLength(2);
    const docs = await db().controlledDocument.findMany({ where: { id: { in: [a, b] } }, select: { status: true, destructionId: true, code: true } });
    expect(docs.every((d) => d.status === "DIMUSNAHKAN" && d.destructionId === ba.id)).toBe(true);
    const revisions = await db().documentRevision.findMany({ where: { documentId: { in: [a, b] } } });
    expect(revisions).toHaveLength(4);
    for (const r of revisions) {
      expect(r.purgedAt).not.toBeNull();
      expect(r.fileId).toBeNull();
      expect(r.text).toBeNull();
      expect(r.sopContent).toBeNull();
    }
    expect(await db().attachment.count({ where: { id: { in: filesBefore.map((r) => r.fileId as string) } } })).toBe(0);
    expect(await db().activity.count({ where: { entity: "document_destruction", entityId: ba.id, action: "destroy" } })).toBe(1);
    expect(await db().activity.count({ where: { entity: "document", entityId: { in: [a, b] }, action: "purge" } })).toBe(2);
    // The document's section says it was destroyed under this BA; the BA lists both documents.
    const section = await getRetentionSection(as.arsip, a);
    expect(section).toMatchObject({ phase: "DIMUSNAHKAN", destruction: { id: ba.id, number: ba.number, status: "DILAKSANAKAN", readable: true } });
    const detail = await getDestruction(as.kadis, ba.id);
    expect(detail?.documents.map((d) => d.id).sort()).toEqual([a, b].sort());
    expect(detail?.transitions).toEqual([]);
    expect((await listDestructions(as.kadis, retentionQuerySchema.parse({ tab: "berita-acara" }))).rows.map((r) => r.id)).toContain(ba.id);
  });

  it("destroys a record still in use: its revision in force ends and a pending draft is cancelled", async () => {
    const arsip = await userByEmail(db(), "arsip@dinsos.nttprov.go.id");
    const { id: record } = await ensureRetentionDocument(db(), {
      agencyCode: "ntt.dinsos", unitCode: "ntt.dinsos.dayasos", code: "RKM/T/AKTIF", title: "Rekaman masih dipakai", type: "REKAMAN",
      finalDisposition: "MUSNAH", activeYears: 1, inactiveYears: 1, firstEffectiveAt: new Date(Date.UTC(2015, 0, 1)), withdrawnAt: null, uploaderId: arsip.id,
    });
    await db().documentRevision.create({ data: { documentId: record, revisionNo: 9, status: "DRAF", text: "Draf baru", changeReason: "Uji" } });
    const ba = await approvedBa([record]);
    await executeDestruction(as.arsip, { id: ba.id, version: ba.version, destroyedOn: iso(TODAY), method: "DIBAKAR", place: "Halaman", witnesses });
    const revisions = await db().documentRevision.findMany({ where: { documentId: record }, orderBy: { revisionNo: "asc" } });
    expect(revisions.map((r) => r.status)).toEqual(["KADALUARSA", "KADALUARSA", "DIBATALKAN"]);
    expect(revisions.every((r) => r.purgedAt && r.text === null && r.fileId === null)).toBe(true);
  });

  it("refuses a document not yet due, a permanent one, another agency's, and one already in an open BA", async () => {
    const dinsos = await agencyId("ntt.dinsos");
    const notDue = await dinsosDocument({ daysAgo: -10 });
    const permanent = await dinsosDocument({ disposition: "PERMANEN" });
    const kaltim = await dinsosDocument({ agencyCode: "kaltim.disperindagkop", unitCode: "kaltim.disperindagkop.bpsmb" });
    const count = () => db().documentDestruction.count();
    await expectRefusedUnchanged(() => proposeDestruction(as.arsip, { agencyId: dinsos, documentIds: [notDue], note: null }), /belum berakhir/, count);
    await expectRefusedUnchanged(() => proposeDestruction(as.arsip, { agencyId: dinsos, documentIds: [permanent], note: null }), /permanen/, count);
    await expectRefusedUnchanged(() => proposeDestruction(as.arsip, { agencyId: dinsos, documentIds: [kaltim], note: null }), /Perangkat Daerah ini/, count);
    const due = await dinsosDocument();
    await proposeDestruction(as.arsip, { agencyId: dinsos, documentIds: [due], note: null });
    await expectRefusedUnchanged(() => proposeDestruction(as.arsip, { agencyId: dinsos, documentIds: [due], note: null }), /usulan pemusnahan lain/, count);
  });

  it("the wrong role or another agency changes nothing: a pengendali cannot approve, a pegawai cannot propose, bpsmb neither", async () => {
    const dinsos = await agencyId("ntt.dinsos");
    const doc = await dinsosDocument();
    const count = () => db().documentDestruction.count();
    await expectRefusedUnchanged(() => proposeDestruction(as.pegawai, { agencyId: dinsos, documentIds: [doc], note: null }), /tidak berwenang/, count);
    await expectRefusedUnchanged(() => proposeDestruction(as.bpsmb, { agencyId: dinsos, documentIds: [doc], note: null }), /tidak berwenang/, count);
    const { id } = await proposeDestruction(as.arsip, { agencyId: dinsos, documentIds: [doc], note: null });
    let ba = await db().documentDestruction.findUniqueOrThrow({ where: { id } });
    await transitionDestruction(as.arsip, { id, version: ba.version, transition: "submit", note: null });
    ba = await db().documentDestruction.findUniqueOrThrow({ where: { id } });
    await expectRefusedUnchanged(() => transitionDestruction(as.arsip, { id, version: ba.version, transition: "approve", note: null }), /tidak berwenang/, baState(id));
    await expectRefusedUnchanged(() => transitionDestruction(as.manajer, { id, version: ba.version, transition: "approve", note: null }), /tidak berwenang/, baState(id));
    await expectRefusedUnchanged(() => transitionDestruction(as.bpsmb, { id, version: ba.version, transition: "approve", note: null }), /tidak berwenang/, baState(id));
    await expectRefusedUnchanged(() => transitionDestruction(as.biro, { id, version: ba.version, transition: "approve", note: null }), /tidak berwenang/, baState(id));
    // Not yet approved: it cannot be executed.
    await expectRefusedUnchanged(
      () => executeDestruction(as.arsip, { id, version: ba.version, destroyedOn: iso(TODAY), method: "DIBAKAR", place: "Halaman kantor", witnesses }),
      /disetujui pimpinan/, baState(id),
    );
    await transitionDestruction(as.kadis, { id, version: ba.version, transition: "approve", note: null });
    ba = await db().documentDestruction.findUniqueOrThrow({ where: { id } });
    // The kadis approves but does not execute; bpsmb neither.
    for (const who of [as.kadis, as.bpsmb, as.pegawai]) {
      await expectRefusedUnchanged(
        () => executeDestruction(who, { id, version: ba.version, destroyedOn: iso(TODAY), method: "DIBAKAR", place: "Halaman kantor", witnesses }),
        /tidak berwenang/, baState(id),
      );
    }
    expect((await db().documentRevision.findMany({ where: { documentId: doc } })).every((r) => r.purgedAt === null && r.fileId)).toBe(true);
  });

  it("a stale edit of the list is refused; a returned BA is edited and resubmitted; a discarded one frees its documents", async () => {
    const dinsos = await agencyId("ntt.dinsos");
    const [a, b] = [await dinsosDocument(), await dinsosDocument()];
    const { id } = await proposeDestruction(as.arsip, { agencyId: dinsos, documentIds: [a], note: null });
    const v1 = (await db().documentDestruction.findUniqueOrThrow({ where: { id } })).version;
    await updateDestruction(as.arsip, { id, version: v1, documentIds: [a, b], note: "Ditambah satu." });
    await expectRefusedUnchanged(() => updateDestruction(as.manajer, { id, version: v1, documentIds: [b], note: null }), /diubah pengguna lain|dimuat ulang|Muat ulang/i, baState(id));
    let ba = await db().documentDestruction.findUniqueOrThrow({ where: { id } });
    await transitionDestruction(as.arsip, { id, version: ba.version, transition: "submit", note: null });
    ba = await db().documentDestruction.findUniqueOrThrow({ where: { id } });
    await expectRefusedUnchanged(() => updateDestruction(as.arsip, { id, version: ba.version, documentIds: [a], note: null }), /draf atau dikembalikan/, baState(id));
    await transitionDestruction(as.kadis, { id, version: ba.version, transition: "return", note: "Lampirkan daftar arsip." });
    ba = await db().documentDestruction.findUniqueOrThrow({ where: { id } });
    expect(ba).toMatchObject({ status: "DIKEMBALIKAN", returnNote: "Lampirkan daftar arsip." });
    await updateDestruction(as.arsip, { id, version: ba.version, documentIds: [b], note: null });
    expect((await db().controlledDocument.findUniqueOrThrow({ where: { id: a } })).destructionId).toBeNull();
    ba = await db().documentDestruction.findUniqueOrThrow({ where: { id } });
    await transitionDestruction(as.arsip, { id, version: ba.version, transition: "discard", note: null });
    expect((await db().controlledDocument.findUniqueOrThrow({ where: { id: b } })).destructionId).toBeNull();
  });
});

describe("hand-over of permanent records", () => {
  it("records the hand-over by a keeper; refuses MUSNAH, not-yet-due, the wrong role, another agency and a stale version", async () => {
    const doc = await dinsosDocument({ disposition: "PERMANEN" });
    const state = () => db().controlledDocument.findUniqueOrThrow({ where: { id: doc } });
    const v = (await state()).version;
    const input = { documentId: doc, version: v, handedOverOn: iso(TODAY), note: null };
    await expectRefusedUnchanged(() => handOverDocument(as.pegawai, input), /tidak berwenang/, state);
    await expectRefusedUnchanged(() => handOverDocument(as.bpsmb, input), /tidak berwenang/, state);
    await expectRefusedUnchanged(() => handOverDocument(as.arsip, { ...input, version: v + 5 }), /pengguna lain|Muat ulang/i, state);
    const musnah = await dinsosDocument();
    await expect(handOverDocument(as.arsip, { ...input, documentId: musnah, version: 1 })).rejects.toThrow(/musnah/);
    const notDue = await dinsosDocument({ disposition: "PERMANEN", daysAgo: -3 });
    await expect(handOverDocument(as.arsip, { ...input, documentId: notDue, version: 1 })).rejects.toThrow(/belum berakhir/);
    await handOverDocument(as.arsip, input);
    expect(await state()).toMatchObject({ status: "DISERAHKAN", handedOverAt: TODAY, version: v + 1 });
    expect(await db().activity.count({ where: { entity: "document", entityId: doc, action: "hand_over" } })).toBe(1);
    expect(await getRetentionSection(as.arsip, doc)).toMatchObject({ phase: "DISERAHKAN" });
    await expect(handOverDocument(as.arsip, { ...input, version: v + 1 })).rejects.toThrow(/sudah dimusnahkan atau diserahkan/);
  });
});

describe("the demo seed", () => {
  it("creates the past-retention documents, an executed BA and loans, and a second run creates nothing", async () => {
    const first = await seedDocumentRetention(db());
    expect(first).toBeGreaterThan(0);
    expect(await seedDocumentRetention(db())).toBe(0);
    const ba = await db().documentDestruction.findFirstOrThrow({ where: { status: "DILAKSANAKAN", documents: { some: { code: "FRM/DINSOS/R03" } } } });
    const destroyed = await db().controlledDocument.findFirstOrThrow({ where: { code: "FRM/DINSOS/R03" }, include: { revisions: true } });
    expect(destroyed.status).toBe("DIMUSNAHKAN");
    expect(destroyed.destructionId).toBe(ba.id);
    expect(destroyed.revisions.every((r) => r.purgedAt && !r.fileId)).toBe(true);
    const tabs = async (tab: string) => (await listRetention(as.arsip, retentionQuerySchema.parse({ tab }))).rows.map((r) => r.code);
    expect(await tabs("musnah")).toContain("RKM/DINSOS/R01");
    expect(await tabs("permanen")).toContain("KM/DINSOS/R02");
    expect(await tabs("mendatang")).toContain("IK/DINSOS/R04");
    const loans = await db().archiveLoan.groupBy({ by: ["status"], _count: true });
    expect(loans.map((l) => l.status).sort()).toEqual(["DIAJUKAN", "DIKEMBALIKAN", "DIPINJAM", "DITOLAK"]);
    expect(await db().archiveLoan.count({ where: { status: "DIPINJAM", dueDate: { lt: TODAY } } })).toBe(1);
  });
});
