// A PROSEDUR linked to an SOP: when a revision carrying SOP content takes effect, the catalogue is
// brought along in the same transaction (applySopRevision, written by the SOP work; observed here).
import { describe, expect, it, vi } from "vitest";
import { createDocument } from "../../../lib/documents/mutations";
import { saveRevision, transitionRevision } from "../../../lib/documents/revision-mutations";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";
import { documentValues, pdf, revisionValues } from "./helpers";

const calls = vi.hoisted(() => [] as unknown[]);
vi.mock("../../../lib/sops/apply-revision-mutations", () => ({
  applySopRevision: async (_tx: unknown, input: unknown) => {
    calls.push(input);
    return { revisionNo: 2 };
  },
}));

const { db, as } = useDemoDatabase(demoUsers("arsip", "manajer", "kadis"), { objectives: false, documents: true });

async function walk(documentId: string) {
  for (const [user, transition] of [[as.arsip, "submit"], [as.manajer, "check"], [as.kadis, "approve"]] as const) {
    const r = await db().documentRevision.findFirstOrThrow({ where: { documentId }, orderBy: { revisionNo: "desc" } });
    await transitionRevision(user, { id: r.id, version: r.version, transition, note: null });
  }
}

describe("a PROSEDUR linked to an SOP", () => {
  it("applies the SOP content of a revision when it takes effect, and nothing for a revision without it", async () => {
    const unit = await unitId(db(), "ntt.dinsos.sekretariat.kepum");
    const sop = await db().sop.create({
      data: { unitId: unit, title: "SOP Penanganan Surat Masuk", titleKey: "penanganan surat masuk uji", currentRevisionNo: 1, stepCount: 0, totalMinutes: 0, searchText: "surat masuk" },
    });
    const { id } = await createDocument(as.arsip, documentValues(unit, { type: "PROSEDUR", title: "SOP Penanganan Surat Masuk", access: "BEBAS" }));

    // Revision 1 has no SOP content (as a register revision of a document not yet linked would).
    await saveRevision(as.arsip, revisionValues(id, (await db().controlledDocument.findUniqueOrThrow({ where: { id } })).version), pdf());
    await db().controlledDocument.update({ where: { id }, data: { sopId: sop.id } });
    await walk(id);
    expect(calls).toEqual([]);

    // Revision 2 carries SOP content, as the SOP's edit form writes it (lib/sops/revise-mutations.ts).
    const content = { nama: "Penanganan Surat Masuk", langkah: [] };
    await db().documentRevision.create({
      data: { documentId: id, revisionNo: 2, status: "DRAF", sopContent: content, changeReason: "Mutu baku waktu disesuaikan", createdById: as.arsip.id, lastEditedById: as.arsip.id },
    });
    await walk(id);
    expect(calls).toEqual([{ sopId: sop.id, content, reason: "Mutu baku waktu disesuaikan", actor: { id: as.kadis.id, name: as.kadis.name } }]);
    expect((await db().documentRevision.findMany({ where: { documentId: id }, orderBy: { revisionNo: "asc" } })).map((r) => r.status)).toEqual(["KADALUARSA", "BERLAKU"]);
  });
});
