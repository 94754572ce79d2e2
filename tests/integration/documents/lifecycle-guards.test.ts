// The guards found by an attacker's review of document control: access ends with the copy that gave
// it, a document out of use takes no revision into force, an approval needs someone other than the
// checker, a document in a Berita Acara or out on loan keeps its schedule and its archive, a replaced
// draft file is removed, and an SOP AP is revised from the catalogue only.
import { describe, expect, it } from "vitest";
import { getDocument, listDocuments } from "../../../lib/documents/data";
import { distributeDocument, withdrawCopy } from "../../../lib/documents/distribution-mutations";
import { proposeDestruction } from "../../../lib/documents/destruction-mutations";
import { requestLoan } from "../../../lib/documents/loan-mutations";
import { createDocument, updateDocument } from "../../../lib/documents/mutations";
import { saveRevision, transitionRevision } from "../../../lib/documents/revision-mutations";
import { recordDocumentReview } from "../../../lib/documents/review-mutations";
import { saveDocumentSettings } from "../../../lib/documents/settings-mutations";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { expectRefusedUnchanged } from "../../helpers/refusals";
import { unitId } from "../../helpers/users";
import { day, dinsosDocument } from "./circulation-fixtures";
import { documentValues, pdf, revisionValues } from "./helpers";

const { db, as } = useDemoDatabase(demoUsers("arsip", "manajer", "kadis", "pegawai"), { objectives: false, documents: true });

async function revisionOf(documentId: string, revisionNo: number) {
  return db().documentRevision.findUniqueOrThrow({ where: { documentId_revisionNo: { documentId, revisionNo } } });
}

async function walk(documentId: string, revisionNo: number, steps: [typeof as.arsip, "submit" | "check" | "approve"][]) {
  for (const [user, transition] of steps) {
    const r = await revisionOf(documentId, revisionNo);
    await transitionRevision(user, { id: r.id, version: r.version, transition, note: null });
  }
}

describe("document control guards", () => {
  it("ends a recipient's access to a RAHASIA document when their copy is withdrawn, even after reading it", async () => {
    const { id, revisionId } = await dinsosDocument(db(), { access: "RAHASIA" });
    expect(await getDocument(as.pegawai, id)).toBeNull();
    await distributeDocument(as.arsip, { documentId: id, unitIds: [], userIds: [as.pegawai.id] });
    await db().documentAcknowledgment.updateMany({ where: { revisionId, userId: as.pegawai.id }, data: { acknowledgedAt: new Date() } });
    expect((await getDocument(as.pegawai, id))?.id).toBe(id);
    const copy = await db().documentDistribution.findFirstOrThrow({ where: { revisionId, userId: as.pegawai.id } });
    await withdrawCopy(as.arsip, { distributionId: copy.id, note: "Salah kirim" });
    expect(await getDocument(as.pegawai, id)).toBeNull();
    expect((await listDocuments(as.pegawai, { page: 1, access: "RAHASIA" })).rows.map((r) => r.id)).not.toContain(id);
  });

  it("cancels the pending revision of a withdrawn document, so it can never take effect", async () => {
    const { id } = await dinsosDocument(db());
    const doc = await db().controlledDocument.findUniqueOrThrow({ where: { id } });
    await saveRevision(as.arsip, revisionValues(id, doc.version, { changeReason: "Perubahan sebelum penarikan", text: "Isi revisi." }), null);
    const pending = await db().documentRevision.findFirstOrThrow({ where: { documentId: id, status: "DRAF" } });
    await walk(id, pending.revisionNo, [[as.arsip, "submit"], [as.manajer, "check"]]);
    const current = await db().controlledDocument.findUniqueOrThrow({ where: { id } });
    await recordDocumentReview(as.arsip, { documentId: id, version: current.version, outcome: "TARIK", note: "Proses layanan dihentikan." });
    const after = await revisionOf(id, pending.revisionNo);
    expect(after.status).toBe("DIBATALKAN");
    await expect(transitionRevision(as.kadis, { id: after.id, version: after.version, transition: "approve", note: null })).rejects.toMatchObject({ reason: "RULE" });
    expect(await db().documentRevision.count({ where: { documentId: id, status: "BERLAKU" } })).toBe(0);
  });

  it("refuses an approval by the one who checked, even as the agency's delegated approver", async () => {
    const agency = await unitId(db(), "ntt.dinsos");
    const setting = await db().documentSetting.findUnique({ where: { agencyId: agency } });
    await saveDocumentSettings(as.manajer, { agencyId: agency, version: setting?.version ?? 0, codePatterns: {}, delegateApproverId: as.manajer.id });
    const { id } = await createDocument(as.arsip, documentValues(await unitId(db(), "ntt.dinsos.sekretariat.kepum"), { title: "Formulir empat mata" }));
    const doc = await db().controlledDocument.findUniqueOrThrow({ where: { id } });
    await saveRevision(as.arsip, revisionValues(id, doc.version), pdf());
    await walk(id, 1, [[as.arsip, "submit"], [as.manajer, "check"]]);
    const checked = await revisionOf(id, 1);
    await expectRefusedUnchanged(
      () => transitionRevision(as.manajer, { id: checked.id, version: checked.version, transition: "approve", note: null }),
      /yang memeriksa revisi ini/,
      () => revisionOf(id, 1),
    );
    await walk(id, 1, [[as.kadis, "approve"]]);
    expect((await revisionOf(id, 1)).status).toBe("BERLAKU");
  });

  it("removes a draft's replaced file, so a destruction leaves nothing of it behind", async () => {
    const { id } = await createDocument(as.arsip, documentValues(await unitId(db(), "ntt.dinsos.sekretariat.kepum"), { title: "Formulir berkas diganti" }));
    const doc = await db().controlledDocument.findUniqueOrThrow({ where: { id } });
    await saveRevision(as.arsip, revisionValues(id, doc.version), pdf("versi-a.pdf", "Versi A"));
    const first = await revisionOf(id, 1);
    await saveRevision(as.arsip, revisionValues(id, first.version, { revisionNo: 1 }), pdf("versi-b.pdf", "Versi B"));
    const second = await revisionOf(id, 1);
    expect(second.fileId).not.toBe(first.fileId);
    expect(await db().attachment.findUnique({ where: { id: first.fileId! } })).toBeNull();
    expect((await db().attachment.findUniqueOrThrow({ where: { id: second.fileId! } })).fileName).toBe("versi-b.pdf");
  });

  it("refuses a register revision of an SOP AP: its content is edited in the catalogue", async () => {
    const unit = await unitId(db(), "ntt.dinsos.sekretariat.kepum");
    const sop = await db().sop.create({
      data: { unitId: unit, title: "SOP Penerimaan Tamu", titleKey: "penerimaan tamu uji", currentRevisionNo: 1, stepCount: 0, totalMinutes: 0, searchText: "tamu" },
    });
    const { id } = await createDocument(as.arsip, documentValues(unit, { type: "PROSEDUR", title: "SOP Penerimaan Tamu", access: "BEBAS" }));
    const sopDoc = await db().controlledDocument.update({ where: { id }, data: { sopId: sop.id } });
    await expectRefusedUnchanged(
      () => saveRevision(as.manajer, revisionValues(sopDoc.id, sopDoc.version, { text: "Isi dari register" }), null),
      /disusun dari halaman SOP/,
      () => db().documentRevision.count({ where: { documentId: sopDoc.id } }),
    );
    expect((await getDocument(as.manajer, sopDoc.id))?.allowed.revise).toBe(false);
  });

  it("keeps a document in a Berita Acara from being edited, and an archive out on loan from being proposed for destruction", async () => {
    const agency = await unitId(db(), "ntt.dinsos");
    // A record still in use whose retention (counted from its making in 2015) has ended.
    const record = await dinsosDocument(db(), { type: "REKAMAN", effectiveOn: day("2015-01-05") });
    const inBa = await db().controlledDocument.update({ where: { id: record.id }, data: { firstEffectiveAt: day("2015-01-05"), retentionEndsAt: day("2020-01-05") } });
    expect(inBa.status).toBe("AKTIF");
    const lent = await db().controlledDocument.findFirstOrThrow({
      where: { agencyId: agency, finalDisposition: "MUSNAH", retentionEndsAt: { lt: new Date() }, destructionId: null, status: "DITARIK" },
    });
    await proposeDestruction(as.arsip, { agencyId: agency, documentIds: [inBa.id], note: null });
    const proposed = await db().controlledDocument.findUniqueOrThrow({ where: { id: inBa.id } });
    await expectRefusedUnchanged(
      () => updateDocument(as.arsip, { id: inBa.id, version: proposed.version, values: { ...documentValues(proposed.unitId, { type: proposed.type, title: proposed.title }), code: proposed.code, retentionActiveYears: 30 } }),
      /usulan pemusnahan/,
      () => db().controlledDocument.findUniqueOrThrow({ where: { id: inBa.id } }),
    );
    await requestLoan(as.pegawai, { documentId: lent.id, archiveTitle: null, purpose: "Bahan penyusunan laporan" });
    await expectRefusedUnchanged(
      () => proposeDestruction(as.arsip, { agencyId: agency, documentIds: [lent.id], note: null }),
      /sedang diajukan untuk dipinjam/,
      () => db().documentDestruction.count(),
    );
  });
});
