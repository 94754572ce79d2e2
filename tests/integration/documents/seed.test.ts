// The demo register: revisions in every state of the workflow, the policy's obsolete revision,
// a RAHASIA record and a Kaltim document; loading twice changes nothing.
import { describe, expect, it } from "vitest";
import { seedDocuments } from "../../../seeds/documents";
import { useDemoDatabase } from "../../helpers/demo-database";

const { db } = useDemoDatabase({}, { objectives: false, documents: true });

const statuses = async () =>
  (await db().documentRevision.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } })).map((g) => [g.status, g._count._all]);

describe("the demo register", () => {
  it("holds revisions in each state, with one in force per document at most", async () => {
    const found = Object.fromEntries(await statuses());
    for (const status of ["DRAF", "DIAJUKAN", "DIPERIKSA", "DISAHKAN", "BERLAKU", "KADALUARSA"]) expect(found[status], status).toBeGreaterThan(0);
    const policy = await db().controlledDocument.findFirstOrThrow({ where: { code: "KM/DINSOS/01" }, include: { revisions: { orderBy: { revisionNo: "asc" } } } });
    expect(policy.revisions.map((r) => r.status)).toEqual(["KADALUARSA", "BERLAKU"]);
    expect(policy.currentRevisionNo).toBe(2);
    expect(await db().controlledDocument.count({ where: { access: "RAHASIA" } })).toBeGreaterThan(0);
    expect(await db().controlledDocument.count({ where: { agency: { code: "kaltim.disperindagkop" } } })).toBe(1);
    const approvedLater = await db().documentRevision.findFirstOrThrow({ where: { status: "DISAHKAN" } });
    expect(approvedLater.effectiveDate!.getTime()).toBeGreaterThan(Date.now());
  });

  it("changes nothing when loaded twice", async () => {
    const before = { docs: await db().controlledDocument.count(), revisions: await statuses(), files: await db().attachment.count() };
    expect(await seedDocuments(db())).toBe(0);
    expect({ docs: await db().controlledDocument.count(), revisions: await statuses(), files: await db().attachment.count() }).toEqual(before);
  });
});
