// The register's lifecycle as the pengendali dokumen, the manajer mutu and the pimpinan run it:
// a document, its revisions with files, submit / check / approve, the revision in force and the
// previous one KADALUARSA in the same transaction (at approval or by the job with a fixed clock),
// and the refusals that must write nothing.
import { describe, expect, it } from "vitest";
import { documentEffectiveJob } from "../../../lib/documents/effective-job";
import { createDocument, updateDocument } from "../../../lib/documents/mutations";
import { saveRevision, transitionRevision } from "../../../lib/documents/revision-mutations";
import { saveDocumentSettings } from "../../../lib/documents/settings-mutations";
import { ALL_ZONES } from "../../../lib/jobs/types";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { expectRefusedUnchanged } from "../../helpers/refusals";
import { unitId } from "../../helpers/users";
import { documentValues, pdf, revisionValues } from "./helpers";

const { db, as } = useDemoDatabase(demoUsers("arsip", "manajer", "kadis", "pegawai", "kabid", "bpsmb", "biro"), { objectives: false, documents: true });

const NOW = new Date("2026-11-23T02:00:00Z"); // Monday 10:00 WITA
const doc = (id: string) => db().controlledDocument.findUniqueOrThrow({ where: { id } });
const revisions = (documentId: string) =>
  db().documentRevision.findMany({ where: { documentId }, orderBy: { revisionNo: "asc" }, select: { revisionNo: true, status: true, version: true, id: true, obsoleteAt: true, effectiveAt: true } });
const pending = async (documentId: string) => (await revisions(documentId)).at(-1)!;
const step = async (user: (typeof as)[keyof typeof as], documentId: string, transition: Parameters<typeof transitionRevision>[1]["transition"], note: string | null = null, now = NOW) => {
  const r = await pending(documentId);
  await transitionRevision(user, { id: r.id, version: r.version, transition, note }, now);
};
const documentState = (id: string) => async () => ({ doc: await doc(id), revisions: await revisions(id), files: await db().attachment.count() });

describe("the document register", () => {
  let id: string;

  it("registers a document with a code from the agency's pattern", async () => {
    const created = await createDocument(as.arsip, documentValues(await unitId(db(), "ntt.dinsos.sekretariat.kepum")), NOW);
    id = created.id;
    // Three FORMULIR of Dinas Sosial are seeded: this is the fourth.
    expect(created.code).toBe("FRM/DINSOS/05");
    const d = await doc(id);
    expect(d).toMatchObject({ status: "AKTIF", currentRevisionNo: null, access: "TERBATAS", type: "FORMULIR" });
  });

  it("refuses a manual code already used in the agency, on the code field", async () => {
    const kepum = await unitId(db(), "ntt.dinsos.sekretariat.kepum");
    const before = await db().controlledDocument.count();
    await expect(createDocument(as.arsip, documentValues(kepum, { code: "FRM/DINSOS/01" }))).rejects.toMatchObject({
      reason: "CONFLICT", fieldErrors: { code: [expect.stringMatching(/sudah dipakai/)] },
    });
    expect(await db().controlledDocument.count()).toBe(before);
  });

  it("refuses the wrong role and the right role of another agency", async () => {
    const kepum = await unitId(db(), "ntt.dinsos.sekretariat.kepum");
    const count = () => db().controlledDocument.count();
    await expectRefusedUnchanged(() => createDocument(as.pegawai, documentValues(kepum, { code: "X-1" })), /tidak berwenang/, count);
    await expectRefusedUnchanged(() => createDocument(as.kadis, documentValues(kepum, { code: "X-1" })), /tidak berwenang/, count);
    await expectRefusedUnchanged(() => createDocument(as.bpsmb, documentValues(kepum, { code: "X-1" })), /tidak berwenang/, count);
  });

  it("edits the identity with the version the user saw; a stale edit writes nothing", async () => {
    const d = await doc(id);
    const values = documentValues(d.unitId, { code: d.code, title: "Formulir Uji (diubah)" });
    await updateDocument(as.arsip, { id, version: d.version, values });
    expect((await doc(id)).title).toBe("Formulir Uji (diubah)");
    await expectRefusedUnchanged(() => updateDocument(as.manajer, { id, version: d.version, values: { ...values, title: "Basi" } }), /telah diubah/, () => doc(id));
    await expectRefusedUnchanged(() => updateDocument(as.bpsmb, { id, version: d.version + 1, values }), /tidak berwenang/, () => doc(id));
  });

  it("refuses revision files that are too large, of the wrong type by content, or empty: nothing is written", async () => {
    const d = await doc(id);
    const state = documentState(id);
    const values = revisionValues(id, d.version);
    await expectRefusedUnchanged(
      () => saveRevision(as.arsip, values, { name: "besar.pdf", type: "application/pdf", bytes: new Uint8Array(20 * 1024 * 1024 + 1).fill(0x25) }),
      /Berkas dokumen terlalu besar/, state,
    );
    await expectRefusedUnchanged(
      () => saveRevision(as.arsip, values, { name: "formulir.pdf", type: "application/pdf", bytes: new TextEncoder().encode("<html>bukan pdf</html>") }),
      /harus PDF, DOCX atau XLSX/, state,
    );
    await expectRefusedUnchanged(() => saveRevision(as.arsip, values, { name: "kosong.pdf", type: "application/pdf", bytes: new Uint8Array() }), /kosong/, state);
    await expectRefusedUnchanged(() => saveRevision(as.arsip, values, null), /Unggah berkas dokumen atau tuliskan isinya/, state);
    await expectRefusedUnchanged(() => saveRevision(as.pegawai, values, pdf()), /tidak berwenang/, state);
    await expectRefusedUnchanged(() => saveRevision(as.bpsmb, values, pdf()), /tidak berwenang/, state);
  });

  it("starts revision 1 with a file, edits the draft, and refuses a stale edit", async () => {
    const d = await doc(id);
    expect(await saveRevision(as.arsip, revisionValues(id, d.version), pdf("formulir-uji.pdf"))).toEqual({ revisionNo: 1 });
    const r = await pending(id);
    expect(r).toMatchObject({ revisionNo: 1, status: "DRAF" });
    await saveRevision(as.arsip, revisionValues(id, r.version, { revisionNo: 1, changedParts: "Seluruh formulir" }), null);
    const file = await db().documentRevision.findUniqueOrThrow({ where: { id: r.id }, select: { changedParts: true, file: { select: { fileName: true, mimeType: true } } } });
    expect(file).toEqual({ changedParts: "Seluruh formulir", file: { fileName: "formulir-uji.pdf", mimeType: "application/pdf" } });
    await expectRefusedUnchanged(() => saveRevision(as.manajer, revisionValues(id, r.version, { revisionNo: 1, changedParts: "Basi" }), null), /telah diubah/, documentState(id));
  });

  it("refuses a second pending revision", async () => {
    const d = await doc(id);
    await expectRefusedUnchanged(() => saveRevision(as.arsip, revisionValues(id, d.version), pdf()), /sudah memiliki revisi 1/, documentState(id));
  });

  it("is submitted, then the author cannot check it and the pimpinan cannot approve it before the check", async () => {
    await step(as.arsip, id, "submit");
    expect((await pending(id)).status).toBe("DIAJUKAN");
    await expectRefusedUnchanged(() => step(as.arsip, id, "check"), /pemeriksaannya dilakukan orang lain/, documentState(id));
    await expectRefusedUnchanged(() => step(as.kadis, id, "approve"), /tidak berwenang|tidak dapat di-sahkan/, documentState(id));
    await expectRefusedUnchanged(() => step(as.bpsmb, id, "check"), /tidak berwenang/, documentState(id));
    const notified = await db().notification.count({ where: { userId: as.manajer.id, event: "document_submitted", entityId: id } });
    expect(notified).toBe(1);
  });

  it("is checked by the manajer mutu; only the pimpinan over the unit approves", async () => {
    await step(as.manajer, id, "check");
    expect((await pending(id)).status).toBe("DIPERIKSA");
    expect(await db().notification.count({ where: { userId: as.kadis.id, event: "document_checked", entityId: id } })).toBe(1);
    await expectRefusedUnchanged(() => step(as.manajer, id, "approve"), /pimpinan unit pemilik/, documentState(id));
    await expectRefusedUnchanged(() => step(as.biro, id, "approve"), /tidak berwenang/, documentState(id));
    await expectRefusedUnchanged(() => step(as.bpsmb, id, "approve"), /tidak berwenang/, documentState(id));
  });

  it("approved with no later date, takes effect in the approval's transaction", async () => {
    await step(as.kadis, id, "approve");
    const [r1] = await revisions(id);
    expect(r1).toMatchObject({ status: "BERLAKU", effectiveAt: NOW });
    const d = await doc(id);
    expect(d).toMatchObject({ currentRevisionNo: 1, firstEffectiveAt: new Date("2026-11-23T00:00:00Z"), nextReviewAt: new Date("2028-11-23T00:00:00Z") });
    // A FORMULIR's retention starts when it is withdrawn, not yet.
    expect(d.retentionEndsAt).toBeNull();
    const actions = await db().activity.findMany({ where: { entity: "document", entityId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action).slice(-2)).toEqual(["approve", "effective"]);
    expect(await db().notification.count({ where: { userId: as.arsip.id, event: "document_approved", entityId: id } })).toBe(1);
    // The keepers (pengendali dokumen, manajer mutu) hear that it is in force; the approver does not.
    for (const keeper of [as.arsip, as.manajer]) {
      expect(await db().notification.count({ where: { userId: keeper.id, event: "document_effective", entityId: id } })).toBe(1);
    }
    expect(await db().notification.count({ where: { userId: as.kadis.id, event: "document_effective", entityId: id } })).toBe(0);
  });

  it("a second revision returned, fixed and approved makes revision 1 KADALUARSA", async () => {
    let d = await doc(id);
    await saveRevision(as.arsip, revisionValues(id, d.version, { changeReason: "Menambah kolom tanda tangan pemohon" }), pdf("rev2.pdf"));
    await step(as.arsip, id, "submit");
    await step(as.manajer, id, "return_check", "Lampirkan contoh pengisian.");
    const r2 = await pending(id);
    expect(r2.status).toBe("DIKEMBALIKAN");
    expect(await db().notification.count({ where: { userId: as.arsip.id, event: "document_returned", entityId: id } })).toBe(1);
    await saveRevision(as.arsip, revisionValues(id, r2.version, { revisionNo: 2, changeReason: "Menambah kolom tanda tangan pemohon", text: "Contoh pengisian terlampir." }), null);
    await step(as.arsip, id, "submit");
    await step(as.manajer, id, "check");
    await step(as.kadis, id, "approve", null, new Date("2026-11-24T02:00:00Z"));
    const [r1, r2after] = await revisions(id);
    expect(r1).toMatchObject({ revisionNo: 1, status: "KADALUARSA", obsoleteAt: new Date("2026-11-24T02:00:00Z") });
    expect(r2after).toMatchObject({ revisionNo: 2, status: "BERLAKU" });
    d = await doc(id);
    expect(d).toMatchObject({ currentRevisionNo: 2, firstEffectiveAt: new Date("2026-11-23T00:00:00Z"), nextReviewAt: new Date("2028-11-24T00:00:00Z") });
    const actions = await db().activity.findMany({ where: { entity: "document", entityId: id, action: { in: ["obsolete", "effective"] } }, select: { action: true, after: true } });
    expect(actions.filter((a) => a.action === "obsolete")).toHaveLength(1);
  });

  it("a later effective date waits for the job, which brings it into force once (fixed clock)", async () => {
    const d = await doc(id);
    await saveRevision(as.arsip, revisionValues(id, d.version, { changeReason: "Penyesuaian tahun anggaran", effectiveDate: "2027-01-04" }), pdf("rev3.pdf"));
    await step(as.arsip, id, "submit");
    await step(as.manajer, id, "check");
    await step(as.kadis, id, "approve");
    expect((await revisions(id)).map((r) => r.status)).toEqual(["KADALUARSA", "BERLAKU", "DISAHKAN"]);

    const run = (at: string) => db().$transaction((tx) => documentEffectiveJob.run(tx, new Date(at), ALL_ZONES));
    // 3 January 23:00 WITA is still the day before (the seeded RKM/DINSOS/01 revision 2, due 30 days
    // after the seed, may take effect in this run).
    await run("2027-01-03T15:00:00Z");
    expect((await revisions(id)).map((r) => r.status)).toEqual(["KADALUARSA", "BERLAKU", "DISAHKAN"]);
    expect(await run("2027-01-04T00:30:00Z")).toBe(1);
    expect((await revisions(id)).map((r) => r.status)).toEqual(["KADALUARSA", "KADALUARSA", "BERLAKU"]);
    expect(await doc(id)).toMatchObject({ currentRevisionNo: 3, nextReviewAt: new Date("2029-01-04T00:00:00Z") });
    expect(await run("2027-01-04T01:30:00Z")).toBe(0);
  });

  it("a draft may be discarded; the revision in force stays", async () => {
    const d = await doc(id);
    await saveRevision(as.arsip, revisionValues(id, d.version, { changeReason: "Usulan yang batal", text: "Isi draf" }), null);
    await expectRefusedUnchanged(() => step(as.pegawai, id, "discard"), /tidak berwenang/, documentState(id));
    await expectRefusedUnchanged(() => step(as.kabid, id, "submit"), /tidak berwenang/, documentState(id));
    await step(as.arsip, id, "discard");
    expect((await revisions(id)).map((r) => r.status)).toEqual(["KADALUARSA", "KADALUARSA", "BERLAKU", "DIBATALKAN"]);
  });

  it("the delegated approver approves in the pimpinan's stead, but never their own revision", async () => {
    const agency = await unitId(db(), "ntt.dinsos");
    await saveDocumentSettings(as.manajer, { agencyId: agency, version: 0, codePatterns: {}, delegateApproverId: as.manajer.id });
    const d = await doc(id);
    await saveRevision(as.manajer, revisionValues(id, d.version, { changeReason: "Revisi oleh manajer mutu", text: "Isi" }), null);
    await step(as.manajer, id, "submit");
    await step(as.arsip, id, "check");
    await expectRefusedUnchanged(() => step(as.manajer, id, "approve"), /tidak dapat (menyetujuinya|mengesahkannya) sendiri/, documentState(id));
    await step(as.kadis, id, "approve");
    expect((await pending(id)).status).toBe("BERLAKU");

  });

  it("settings refuse a delegate outside the agency and a broken pattern, and other agencies' manajer", async () => {
    const agency = await unitId(db(), "ntt.dinsos");
    const setting = () => db().documentSetting.findUniqueOrThrow({ where: { agencyId: agency } });
    const { version } = await setting();
    await expectRefusedUnchanged(
      () => saveDocumentSettings(as.manajer, { agencyId: agency, version, codePatterns: {}, delegateApproverId: as.bpsmb.id }),
      /manajer mutu atau pimpinan di Perangkat Daerah ini/, setting,
    );
    await expectRefusedUnchanged(() => saveDocumentSettings(as.bpsmb, { agencyId: agency, version, codePatterns: {}, delegateApproverId: null }), /tidak berwenang/, setting);
    await expectRefusedUnchanged(() => saveDocumentSettings(as.arsip, { agencyId: agency, version, codePatterns: {}, delegateApproverId: null }), /tidak berwenang/, setting);
    await saveDocumentSettings(as.manajer, { agencyId: agency, version, codePatterns: { REKAMAN: "RK-{UNIT}-{YEAR}-{NNN}" }, delegateApproverId: null });
    const created = await createDocument(as.arsip, documentValues(await unitId(db(), "ntt.dinsos.dayasos"), { type: "REKAMAN", title: "Rekaman pola baru" }), NOW);
    // A new pattern starts its own numbering: no code follows it yet.
    expect(created.code).toBe("RK-DAYASOS-2026-001");
  });
});
