// Taking effect is one transaction: when a step fails after the old revision was made KADALUARSA
// (here the distribution carried over), nothing of it stays: the old revision is still in force and
// the approved one still waits for approval.
import { describe, expect, it, vi } from "vitest";
import { transitionRevision } from "../../../lib/documents/revision-mutations";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";

const failing = vi.hoisted(() => ({ on: true }));
vi.mock("../../../lib/documents/distribution-mutations", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../../lib/documents/distribution-mutations")>()),
  carryDistribution: async () => {
    if (failing.on) throw new Error("distribusi gagal");
    return 0;
  },
}));

const { db, as } = useDemoDatabase(demoUsers("kadis"), { objectives: false, documents: true });

describe("taking effect", () => {
  it("rolls back entirely when a step fails, and succeeds whole when retried", async () => {
    const doc = await db().controlledDocument.findFirstOrThrow({ where: { code: "FRM/DINSOS/03" } });
    const state = async () => ({
      doc: await db().controlledDocument.findUniqueOrThrow({ where: { id: doc.id } }),
      revisions: await db().documentRevision.findMany({ where: { documentId: doc.id }, orderBy: { revisionNo: "asc" }, select: { status: true, version: true } }),
      activity: await db().activity.count({ where: { entity: "document", entityId: doc.id } }),
    });
    const before = await state();
    expect(before.revisions.map((r) => r.status)).toEqual(["BERLAKU", "DIPERIKSA"]);
    const pending = await db().documentRevision.findFirstOrThrow({ where: { documentId: doc.id, revisionNo: 2 } });
    const approve = () => transitionRevision(as.kadis, { id: pending.id, version: pending.version, transition: "approve", note: null });

    await expect(approve()).rejects.toThrow("distribusi gagal");
    expect(await state()).toEqual(before);

    failing.on = false;
    await approve();
    const after = await state();
    expect(after.revisions.map((r) => r.status)).toEqual(["KADALUARSA", "BERLAKU"]);
    expect(after.doc.currentRevisionNo).toBe(2);
  });
});
