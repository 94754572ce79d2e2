// Two writers at once on the register (the pattern of this folder): on PostgreSQL truly in
// parallel on two pooled connections, on PGlite queued. Exactly one wins, the other is told.
import { nextSequence } from "../../../lib/documents/code-pattern";
import { describe, expect, it } from "vitest";
import { createDocument, updateDocument } from "../../../lib/documents/mutations";
import { saveRevision, transitionRevision } from "../../../lib/documents/revision-mutations";
import { saveDocumentSettings } from "../../../lib/documents/settings-mutations";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { race } from "../../helpers/race";
import { unitId } from "../../helpers/users";
import { documentValues, pdf, revisionValues } from "../documents/helpers";

const ROUNDS = 3;
const { db, as } = useDemoDatabase(demoUsers("arsip", "manajer", "kadis"), { objectives: false, documents: true });

const latest = async (documentId: string) =>
  (await db().documentRevision.findMany({ where: { documentId }, orderBy: { revisionNo: "desc" }, take: 1, select: { id: true, version: true, status: true, revisionNo: true } }))[0];

async function checkedDocument(n: number): Promise<string> {
  const { id } = await createDocument(as.arsip, documentValues(await unitId(db(), "ntt.dinsos.sekretariat.kepum"), { title: `Formulir balapan ${n}` }));
  const doc = await db().controlledDocument.findUniqueOrThrow({ where: { id } });
  await saveRevision(as.arsip, revisionValues(id, doc.version), pdf());
  for (const [user, transition] of [[as.arsip, "submit"], [as.manajer, "check"]] as const) {
    const r = await latest(id);
    await transitionRevision(user, { id: r.id, version: r.version, transition, note: null });
  }
  return id;
}

describe("register races", () => {
  // The delegate (the manajer mutu) checked these revisions, so may not approve them: the pimpinan
  // approves from two tabs at once (a double submit), which must bring the revision into force once.
  it("two approvals at once: one revision in force, the other told it changed", async () => {
    for (let n = 0; n < ROUNDS; n++) {
      const id = await checkedDocument(n);
      const r = await latest(id);
      const approve = (user: typeof as.kadis) => () => transitionRevision(user, { id: r.id, version: r.version, transition: "approve", note: null });
      const { winners, refusals } = await race([approve(as.kadis), approve(as.kadis)]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      expect(await db().documentRevision.count({ where: { documentId: id, status: "BERLAKU" } })).toBe(1);
      expect(await db().activity.count({ where: { entity: "document", entityId: id, action: "effective" } })).toBe(1);
    }
  });

  it("two editors of one draft: one edit saved, the other told it changed", async () => {
    for (let n = 0; n < ROUNDS; n++) {
      const { id } = await createDocument(as.arsip, documentValues(await unitId(db(), "ntt.dinsos.sekretariat.kepum"), { title: `Formulir suntingan ${n}` }));
      const doc = await db().controlledDocument.findUniqueOrThrow({ where: { id } });
      await saveRevision(as.arsip, revisionValues(id, doc.version, { text: "awal" }), null);
      const r = await latest(id);
      const edit = (user: typeof as.arsip, text: string) => () => saveRevision(user, revisionValues(id, r.version, { revisionNo: r.revisionNo, text }), null);
      const { winners, refusals } = await race([edit(as.arsip, "versi A"), edit(as.manajer, "versi B")]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const saved = await db().documentRevision.findUniqueOrThrow({ where: { id: r.id }, select: { text: true, version: true } });
      expect(saved).toEqual({ text: winners[0] === 0 ? "versi A" : "versi B", version: r.version + 1 });
    }
  });

  it("two keepers starting a revision of one document: one draft, the other refused", async () => {
    for (let n = 0; n < ROUNDS; n++) {
      const { id } = await createDocument(as.arsip, documentValues(await unitId(db(), "ntt.dinsos.sekretariat.kepum"), { title: `Formulir revisi ganda ${n}` }));
      const doc = await db().controlledDocument.findUniqueOrThrow({ where: { id } });
      const start = (user: typeof as.arsip) => () => saveRevision(user, revisionValues(id, doc.version, { text: user.name }), null);
      const { winners, refusals } = await race([start(as.arsip), start(as.manajer)]);
      expect(winners).toHaveLength(1);
      expect(refusals).toHaveLength(1);
      expect(["STALE", "CONFLICT"]).toContain(refusals[0]);
      expect(await db().documentRevision.count({ where: { documentId: id } })).toBe(1);
    }
  });

  it("two documents registered at once get two different generated codes", async () => {
    const dayasos = await unitId(db(), "ntt.dinsos.dayasos");
    const agencyId = await unitId(db(), "ntt.dinsos");
    const codesNow = async () => (await db().controlledDocument.findMany({ where: { type: "INSTRUKSI_KERJA", agencyId }, select: { code: true } })).map((d) => d.code);
    const before = await codesNow();
    const next = nextSequence("{TYPE}/{AGENCY}/{NN}", { type: "IK", agency: "DINSOS", unit: "DAYASOS", year: 2026 }, before);
    const { winners } = await race([
      () => createDocument(as.arsip, documentValues(dayasos, { type: "INSTRUKSI_KERJA", title: "IK A" })),
      () => createDocument(as.manajer, documentValues(dayasos, { type: "INSTRUKSI_KERJA", title: "IK B" })),
    ]);
    expect(winners).toHaveLength(2);
    const added = (await codesNow()).filter((code) => !before.includes(code)).sort();
    const expected = [next, next + 1].map((n) => `IK/DINSOS/${String(n).padStart(2, "0")}`);
    expect(added).toEqual(expected);
  });

  it("two keepers editing a document's identity: one saved, the other told it changed", async () => {
    const kepum = await unitId(db(), "ntt.dinsos.sekretariat.kepum");
    for (let n = 0; n < ROUNDS; n++) {
      const { id, code } = await createDocument(as.arsip, documentValues(kepum, { title: `Formulir identitas ${n}` }));
      const { version } = await db().controlledDocument.findUniqueOrThrow({ where: { id } });
      const edit = (user: typeof as.arsip, title: string) => () => updateDocument(user, { id, version, values: documentValues(kepum, { code, title }) });
      const { winners, refusals } = await race([edit(as.arsip, "Judul A"), edit(as.manajer, "Judul B")]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const saved = await db().controlledDocument.findUniqueOrThrow({ where: { id } });
      expect(saved).toMatchObject({ title: winners[0] === 0 ? "Judul A" : "Judul B", version: version + 1 });
    }
  });
});
