// Distribution of controlled copies and the wajib-baca list: who is put on it, who has read, what a
// new revision does to the copies, and who may do what.
import { describe, expect, it } from "vitest";
import { mayReadDocument } from "../../../lib/documents/access";
import { readableDocumentWhere } from "../../../lib/documents/access-where";
import { acknowledgeReading } from "../../../lib/documents/acknowledgment-mutations";
import { myReadList } from "../../../lib/documents/acknowledgment-data";
import { distributionSection } from "../../../lib/documents/distribution-data";
import { distributeDocument, sendReadReminder, withdrawAllCopies, withdrawCopy } from "../../../lib/documents/distribution-mutations";
import { bringNextRevisionIntoForce } from "../../../seeds/factories/document-circulation";
import { useDemoDatabase } from "../../helpers/demo-database";
import { expectRefusedUnchanged } from "../../helpers/refusals";
import { unitId } from "../../helpers/users";
import { ACCOUNTS, dinsosDocument } from "./circulation-fixtures";

const { db, as } = useDemoDatabase(ACCOUNTS);

const NOW = new Date("2026-11-23T02:00:00Z");

/** Everything a refused distribution must leave alone. */
const circulationState = (documentId: string) => async () => ({
  copies: await db().documentDistribution.findMany({ where: { documentId }, orderBy: { id: "asc" } }),
  rows: await db().documentAcknowledgment.findMany({ where: { documentId }, orderBy: { id: "asc" } }),
  notifications: await db().notification.count({ where: { entityId: documentId } }),
});

async function activeUsersUnder(code: string) {
  const unit = await db().unit.findUniqueOrThrow({ where: { code }, select: { path: true } });
  return (await db().user.findMany({ where: { active: true, unit: { path: { startsWith: unit.path } } }, select: { id: true } })).map((u) => u.id).sort();
}

describe("distribution", () => {
  it("a unit copy puts every active user of the unit and below on the wajib-baca list, a user copy that user; each is told", async () => {
    const doc = await dinsosDocument(db());
    const sekretariat = await unitId(db(), "ntt.dinsos.sekretariat");
    const result = await distributeDocument(as.arsip, { documentId: doc.id, unitIds: [sekretariat], userIds: [as.kabid.id] }, NOW);
    expect(result.copyNos).toEqual([1, 2]);

    const expected = [...(await activeUsersUnder("ntt.dinsos.sekretariat")), as.kabid.id].sort();
    const rows = await db().documentAcknowledgment.findMany({ where: { revisionId: doc.revisionId }, select: { userId: true, acknowledgedAt: true } });
    expect(rows.map((r) => r.userId).sort()).toEqual(expected);
    expect(expected).toContain(as.pegawai.id);
    expect(rows.every((r) => r.acknowledgedAt === null)).toBe(true);
    expect(result.readers).toBe(expected.length);

    const told = await db().notification.findMany({ where: { entityId: doc.id, event: "document_read_required" }, select: { userId: true } });
    // The keeper who distributed is never told of her own action.
    expect(told.map((n) => n.userId).sort()).toEqual(expected.filter((id) => id !== as.arsip.id).sort());
    expect(await db().activity.count({ where: { entityId: doc.id, action: "distribute" } })).toBe(1);

    // The pegawai sees it on their own list, unread first.
    const list = await myReadList(as.pegawai, { page: 1 });
    expect(list.rows.find((r) => r.documentId === doc.id)).toMatchObject({ revisionNo: 0, acknowledgedAt: null });
  });

  it("a unit or person already holding an open copy is skipped; only them → refused", async () => {
    const doc = await dinsosDocument(db());
    const kepum = await unitId(db(), "ntt.dinsos.sekretariat.kepum");
    await distributeDocument(as.arsip, { documentId: doc.id, unitIds: [kepum], userIds: [] }, NOW);
    await expectRefusedUnchanged(
      () => distributeDocument(as.arsip, { documentId: doc.id, unitIds: [kepum], userIds: [] }, NOW),
      /sudah memegang salinan/, circulationState(doc.id),
    );
    const again = await distributeDocument(as.manajer, { documentId: doc.id, unitIds: [kepum], userIds: [as.kabid.id] }, NOW);
    expect(again.copyNos).toEqual([2]);

    // Someone who joined the unit since: distributing to it again puts them on the list, no new copy.
    const newcomer = await db().user.create({
      data: { nip: `19990101202401100${process.pid % 10}`, email: `baru.${process.pid}@dinsos.nttprov.go.id`, name: "Pegawai Baru", unitId: kepum, passwordHash: "x" },
    });
    const joined = await distributeDocument(as.arsip, { documentId: doc.id, unitIds: [kepum], userIds: [] }, NOW);
    expect(joined).toEqual({ copyNos: [], readers: 1 });
    expect(await db().documentAcknowledgment.count({ where: { revisionId: doc.revisionId, userId: newcomer.id } })).toBe(1);
    expect(await db().documentDistribution.count({ where: { documentId: doc.id } })).toBe(2);
  });

  it("acknowledgment tracking: the keeper sees who has read and who has not; the reader confirms only their own row, once", async () => {
    const doc = await dinsosDocument(db());
    const kepum = await unitId(db(), "ntt.dinsos.sekretariat.kepum");
    await distributeDocument(as.arsip, { documentId: doc.id, unitIds: [kepum], userIds: [] }, NOW);
    const mine = await db().documentAcknowledgment.findUniqueOrThrow({ where: { revisionId_userId: { revisionId: doc.revisionId, userId: as.pegawai.id } } });

    const rowState = async () => db().documentAcknowledgment.findMany({ where: { documentId: doc.id }, orderBy: { id: "asc" } });
    await expectRefusedUnchanged(() => acknowledgeReading(as.arsip, { acknowledgmentId: mine.id }, NOW), /Hanya penerima sendiri/, rowState);
    await expectRefusedUnchanged(() => acknowledgeReading(as.bpsmb, { acknowledgmentId: mine.id }, NOW), /Hanya penerima sendiri/, rowState);

    await acknowledgeReading(as.pegawai, { acknowledgmentId: mine.id }, NOW);
    await expectRefusedUnchanged(() => acknowledgeReading(as.pegawai, { acknowledgmentId: mine.id }, NOW), /sudah mengonfirmasi/, rowState);

    const section = await distributionSection(as.arsip, doc.id);
    const current = section?.revisions.find((r) => r.inForce);
    expect(current?.read.map((r) => r.userId)).toEqual([as.pegawai.id]);
    expect(current?.unread.map((r) => r.userId)).toContain(as.arsip.id);
    expect(current?.total).toBe((await activeUsersUnder("ntt.dinsos.sekretariat.kepum")).length);
    expect(await db().activity.count({ where: { entityId: doc.id, action: "acknowledge" } })).toBe(1);

    // The pegawai's list puts what is still unread first, whatever was distributed later.
    const other = await dinsosDocument(db());
    await distributeDocument(as.arsip, { documentId: other.id, unitIds: [kepum], userIds: [] }, new Date(NOW.getTime() - 86_400_000));
    const list = (await myReadList(as.pegawai, { page: 1 })).rows.filter((r) => [doc.id, other.id].includes(r.documentId));
    expect(list.map((r) => [r.documentId, r.acknowledgedAt === null])).toEqual([[other.id, true], [doc.id, false]]);
    expect((await myReadList(as.pegawai, { status: "sudah", page: 1 })).rows.map((r) => r.documentId)).toContain(doc.id);
    expect((await myReadList(as.pegawai, { status: "belum", page: 1 })).rows.map((r) => r.documentId)).not.toContain(doc.id);

    // The reader's own view: confirmed; a reader sees no copies or names of others.
    const readerView = await distributionSection(as.pegawai, doc.id);
    expect(readerView?.myRow?.acknowledgedAt).toEqual(NOW);
    expect(readerView?.revisions).toEqual([]);

    // The reminder goes to those who have not read, not to the pegawai.
    await sendReadReminder(as.arsip, { documentId: doc.id }, NOW);
    const reminded = await db().notification.findMany({ where: { entityId: doc.id, dedupeKey: { startsWith: "document-read-reminder:" } }, select: { userId: true } });
    expect(reminded.map((n) => n.userId)).not.toContain(as.pegawai.id);
  });

  it("carryDistribution: a new revision in force withdraws the old copies with a note and gives the same recipients new ones; the old revision is no longer asked", async () => {
    const doc = await dinsosDocument(db());
    const kepum = await unitId(db(), "ntt.dinsos.sekretariat.kepum");
    await distributeDocument(as.arsip, { documentId: doc.id, unitIds: [kepum], userIds: [as.kabid.id] }, NOW);
    const kabidRow = await db().documentAcknowledgment.findUniqueOrThrow({ where: { revisionId_userId: { revisionId: doc.revisionId, userId: as.kabid.id } } });
    await acknowledgeReading(as.kabid, { acknowledgmentId: kabidRow.id }, NOW);
    const pegawaiOld = await db().documentAcknowledgment.findUniqueOrThrow({ where: { revisionId_userId: { revisionId: doc.revisionId, userId: as.pegawai.id } } });

    const later = new Date("2026-12-01T02:00:00Z");
    const next = await bringNextRevisionIntoForce(db(), doc.id, { id: as.kadis.id, name: as.kadis.name }, later);
    expect(next.copies).toBe(2);

    const old = await db().documentDistribution.findMany({ where: { revisionId: doc.revisionId }, orderBy: { copyNo: "asc" } });
    expect(old.map((c) => [c.withdrawnAt, c.withdrawNote])).toEqual([[later, "Digantikan revisi 1"], [later, "Digantikan revisi 1"]]);
    const fresh = await db().documentDistribution.findMany({ where: { revisionId: next.revisionId }, orderBy: { copyNo: "asc" } });
    expect(fresh.map((c) => [c.copyNo, c.unitId, c.userId, c.withdrawnAt])).toEqual([[1, kepum, null, null], [2, null, as.kabid.id, null]]);
    const newRows = await db().documentAcknowledgment.findMany({ where: { revisionId: next.revisionId }, select: { userId: true, acknowledgedAt: true } });
    expect(newRows.map((r) => r.userId).sort()).toEqual([...(await activeUsersUnder("ntt.dinsos.sekretariat.kepum")), as.kabid.id].sort());
    // Having read revision 0 does not count for revision 1.
    expect(newRows.every((r) => r.acknowledgedAt === null)).toBe(true);

    // The superseded row is kept but no longer asked: not on the list, refused if confirmed.
    const list = await myReadList(as.pegawai, { page: 1 });
    expect(list.rows.filter((r) => r.documentId === doc.id).map((r) => r.revisionNo)).toEqual([1]);
    await expect(acknowledgeReading(as.pegawai, { acknowledgmentId: pegawaiOld.id }, later)).rejects.toThrow(/sudah tidak berlaku/);
  });

  it("withdrawing a copy keeps it as a record with the note; its pending readers are no longer asked unless another open copy covers them", async () => {
    const doc = await dinsosDocument(db());
    const [sekretariat, kepum] = [await unitId(db(), "ntt.dinsos.sekretariat"), await unitId(db(), "ntt.dinsos.sekretariat.kepum")];
    await distributeDocument(as.arsip, { documentId: doc.id, unitIds: [kepum], userIds: [as.kabid.id] }, NOW);
    const kabidCopy = await db().documentDistribution.findFirstOrThrow({ where: { documentId: doc.id, userId: as.kabid.id } });
    await expectRefusedUnchanged(() => withdrawCopy(as.pegawai, { distributionId: kabidCopy.id, note: "Hilang" }, NOW), /pengendali dokumen/, circulationState(doc.id));
    await expectRefusedUnchanged(() => withdrawCopy(as.bpsmb, { distributionId: kabidCopy.id, note: "Hilang" }, NOW), /pengendali dokumen/, circulationState(doc.id));

    await withdrawCopy(as.arsip, { distributionId: kabidCopy.id, note: "Salinan hilang" }, NOW);
    const after = await db().documentDistribution.findUniqueOrThrow({ where: { id: kabidCopy.id } });
    expect([after.withdrawnAt, after.withdrawnById, after.withdrawNote]).toEqual([NOW, as.arsip.id, "Salinan hilang"]);
    expect(await db().documentAcknowledgment.count({ where: { revisionId: doc.revisionId, userId: as.kabid.id } })).toBe(0);
    await expect(withdrawCopy(as.arsip, { distributionId: kabidCopy.id, note: "Lagi" }, NOW)).rejects.toThrow(/sudah ditarik/);

    // The kepum copy withdrawn while a sekretariat copy covers the pegawai: the pegawai stays asked.
    await distributeDocument(as.arsip, { documentId: doc.id, unitIds: [sekretariat], userIds: [] }, NOW);
    const kepumCopy = await db().documentDistribution.findFirstOrThrow({ where: { documentId: doc.id, unitId: kepum } });
    await withdrawCopy(as.arsip, { distributionId: kepumCopy.id, note: "Usang" }, NOW);
    const pegawaiRow = await db().documentAcknowledgment.findUniqueOrThrow({ where: { revisionId_userId: { revisionId: doc.revisionId, userId: as.pegawai.id } }, include: { distribution: true } });
    expect(pegawaiRow.distribution.unitId).toBe(sekretariat);
    expect(await db().activity.count({ where: { entityId: doc.id, action: "withdraw" } })).toBe(2);

    expect(await db().$transaction((tx) => withdrawAllCopies(tx, { documentId: doc.id, note: "Dimusnahkan", actor: as.arsip, now: NOW }))).toBe(1);
    expect(await db().documentDistribution.count({ where: { documentId: doc.id, withdrawnAt: null } })).toBe(0);
  });

  it("refuses the wrong role, another agency, recipients outside the agency and a document without a revision in force", async () => {
    const doc = await dinsosDocument(db());
    const kepum = await unitId(db(), "ntt.dinsos.sekretariat.kepum");
    const bpsmbUnit = await unitId(db(), "kaltim.disperindagkop.bpsmb");
    const state = circulationState(doc.id);
    const input = { documentId: doc.id, unitIds: [kepum], userIds: [] };
    for (const user of [as.pegawai, as.kabid, as.kadis, as.biro, as.auditor]) {
      await expectRefusedUnchanged(() => distributeDocument(user, input, NOW), /pengendali dokumen atau manajer mutu/, state);
    }
    await expectRefusedUnchanged(() => distributeDocument(as.bpsmb, input, NOW), /pengendali dokumen atau manajer mutu/, state);
    await expectRefusedUnchanged(() => distributeDocument(as.arsip, { documentId: doc.id, unitIds: [bpsmbUnit], userIds: [] }, NOW), /Perangkat Daerah pemilik/, state);
    await expectRefusedUnchanged(() => distributeDocument(as.arsip, { documentId: doc.id, unitIds: [], userIds: [as.bpsmb.id] }, NOW), /Perangkat Daerah pemilik/, state);
    await expectRefusedUnchanged(() => sendReadReminder(as.pegawai, { documentId: doc.id }, NOW), /pengendali dokumen/, state);

    await db().documentRevision.update({ where: { id: doc.revisionId }, data: { status: "KADALUARSA" } });
    await expectRefusedUnchanged(() => distributeDocument(as.arsip, input, NOW), /revisi yang sedang berlaku/, state);
  });

  it("a RAHASIA document may be distributed, and its recipients then read it", async () => {
    const doc = await dinsosDocument(db(), { access: "RAHASIA", unitCode: "ntt.dinsos.sekretariat" });
    const subject = async (userId: string) => {
      const d = await db().controlledDocument.findUniqueOrThrow({ where: { id: doc.id }, select: { access: true, unit: { select: { path: true } }, agency: { select: { path: true } } } });
      const isRecipient = (await db().documentAcknowledgment.count({ where: { documentId: doc.id, userId } })) > 0;
      return { access: d.access, unitPath: d.unit.path, agencyPath: d.agency.path, isRecipient };
    };
    const listed = async (user: typeof as.kabid) => db().controlledDocument.count({ where: { AND: [{ id: doc.id }, readableDocumentWhere(user)] } });
    expect(mayReadDocument(as.kabid, await subject(as.kabid.id))).toBe(false);
    expect(await listed(as.kabid)).toBe(0);
    await distributeDocument(as.arsip, { documentId: doc.id, unitIds: [], userIds: [as.kabid.id] }, NOW);
    expect(mayReadDocument(as.kabid, await subject(as.kabid.id))).toBe(true);
    expect(await listed(as.kabid)).toBe(1);
    expect(mayReadDocument(as.pegawai, await subject(as.pegawai.id))).toBe(false);
  });
});
