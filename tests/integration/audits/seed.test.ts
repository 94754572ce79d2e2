// The demo step for audit checklists: held audits get their items, finished ones their answers,
// one KTS MINOR finding and a locked report; running it again changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedAuditChecklists } from "../../../seeds/audit-checklists";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";
import { createAudit, sopWithRecords } from "../../helpers/audit-factory";

let connection: DatabaseConnection;
const db = () => connection.prisma;

beforeAll(async () => {
  connection = (await openDemoDatabase({}, { sops: true, audits: false, auditProgrammes: false, auditChecklists: false, findings: false, correctiveActions: false })).connection;
}, 240_000);
afterAll(closeTestDatabase);

describe("seedAuditChecklists", () => {
  it("fills held and finished audits once", async () => {
    const sop = await sopWithRecords(db(), "ntt.dinsos", "Audit Internal");
    const spec = { agencyCode: "ntt.dinsos", unitCodes: ["ntt.dinsos.dayasos"], sopIds: [sop.id], clauses: ["9.2"], team: [{ email: "auditor@dinsos.nttprov.go.id", role: "KETUA" as const }] };
    const done = await createAudit(db(), { ...spec, number: "AI/SEED/1", status: "SELESAI" });
    const held = await createAudit(db(), { ...spec, number: "AI/SEED/2", status: "PELAKSANAAN" });
    const planned = await createAudit(db(), { ...spec, number: "AI/SEED/3", status: "DIRENCANAKAN" });

    expect(await seedAuditChecklists(db())).toBe(2);
    const doneItems = await db().checklistItem.findMany({ where: { auditId: done } });
    expect(doneItems.filter((i) => i.kind === "LANGKAH_SOP")).toHaveLength(sop.stepCount);
    expect(doneItems.filter((i) => i.answer === null)).toHaveLength(0);
    expect(doneItems.filter((i) => i.answer === "KTS_MINOR")).toHaveLength(1);
    expect(await db().finding.count({ where: { auditId: done, category: "KTS_MINOR", source: "AUDIT_INTERNAL" } })).toBe(1);
    expect(await db().auditReport.findUnique({ where: { auditId: done } })).toMatchObject({ status: "DITERIMA" });
    expect(await db().auditReportAcknowledgment.count()).toBe(1);
    expect((await db().audit.findUniqueOrThrow({ where: { id: done } })).reportLockedAt).not.toBeNull();
    expect(await db().checklistItem.count({ where: { auditId: held, answer: null } })).toBe(doneItems.length);
    expect(await db().checklistItem.count({ where: { auditId: planned } })).toBe(0);

    const counts = async () => [await db().checklistItem.count(), await db().finding.count(), await db().auditReport.count(), await db().activity.count()];
    const before = await counts();
    expect(await seedAuditChecklists(db())).toBe(0);
    expect(await counts()).toEqual(before);
  });
});
