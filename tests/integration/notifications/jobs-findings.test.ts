// The reminders of temuan and tindakan perbaikan with a fixed clock (February 2027, WITA): due soon
// and late reminders reach the auditee or the PIC once, nothing on a weekend, and an overdue round
// escalates to the pimpinan and the manajer mutu a week after its due date.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import { savePlan } from "../../../lib/corrective-actions/plan-mutations";
import { planSchema } from "../../../lib/corrective-actions/schema";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { createFinding } from "../../../lib/findings/create-mutations";
import { findJob } from "../../../lib/jobs/registry";
import { runJob } from "../../../lib/jobs/runner";
import type { Job } from "../../../lib/jobs/types";
import { acceptedFindingWithAction } from "../../../seeds/factories/corrective-actions";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";
import { ensureClauses, plor } from "../findings/helpers";

let connection: DatabaseConnection;
const as: Record<string, SessionUser> = {};
const db = () => connection.prisma;
const job = (name: string) => findJob(name) as Job;
const at = (iso: string) => new Date(iso);
const DUE = new Date("2027-02-10T00:00:00Z"); // a Wednesday

beforeAll(async () => {
  const opened = await openDemoDatabase({
    manajer: "manajer.mutu@dinsos.nttprov.go.id",
    kabid: "kabid.dayasos@dinsos.nttprov.go.id",
  });
  connection = opened.connection;
  Object.assign(as, opened.as);
  await ensureClauses(db());
}, 120_000);
afterAll(closeTestDatabase);

const told = async (entityId: string, event: string) =>
  (await db().notification.findMany({ where: { entityId, event }, select: { userId: true } })).map((n) => n.userId).sort();

describe("finding response reminders", () => {
  it("quiet on Sunday, due soon on Monday once, late after the due date, to the auditee", async () => {
    const { id } = await createFinding(as.manajer, await plor(db()), null);
    await db().finding.update({ where: { id }, data: { dueDate: DUE } });
    await runJob(db(), job("finding-reminders"), at("2027-02-07T00:00:00Z"));
    expect(await told(id, "finding_response_due")).toEqual([]);
    await runJob(db(), job("finding-reminders"), at("2027-02-08T00:00:00Z"));
    await runJob(db(), job("finding-reminders"), at("2027-02-09T00:00:00Z"));
    const due = await told(id, "finding_response_due");
    expect(due).toContain(as.kabid.id);
    expect(new Set(due).size).toBe(due.length);
    expect(await told(id, "finding_response_late")).toEqual([]);
    await runJob(db(), job("finding-reminders"), at("2027-02-11T00:00:00Z"));
    await runJob(db(), job("finding-reminders"), at("2027-02-11T00:00:00Z"));
    const late = await told(id, "finding_response_late");
    expect(late).toContain(as.kabid.id);
    expect(new Set(late).size).toBe(late.length);
  });
});

describe("corrective-action reminders", () => {
  it("reminds the PIC of an action due soon, the auditee of a late round, and escalates after a week", async () => {
    const { correctiveActionId: id } = await acceptedFindingWithAction(db(), as.manajer, {
      unitId: await unitId(db(), "ntt.dinsos.dayasos"), category: "KTS_MINOR", auditId: null,
      statement: "Disposisi tidak tercatat.", evidence: "3 dari 20 surat tanpa nomor agenda.",
    });
    const ca = await db().correctiveAction.update({ where: { id }, data: { dueDate: DUE } });
    await savePlan(as.kabid, planSchema.parse({
      id, version: ca.version, correction: "Dicatat ulang.", whys: [], causes: [{ category: "METODE", description: "Tidak ada pengganti." }],
      items: [{ description: "Tunjuk pengganti", picId: as.kabid.id, dueDate: "2027-02-10", sopId: null }],
    }));
    await runJob(db(), job("corrective-action-reminders"), at("2027-02-06T00:00:00Z")); // Saturday
    expect(await told(id, "corrective_action_item_due")).toEqual([]);
    await runJob(db(), job("corrective-action-reminders"), at("2027-02-08T00:00:00Z"));
    await runJob(db(), job("corrective-action-reminders"), at("2027-02-08T00:00:00Z"));
    expect(await told(id, "corrective_action_item_due")).toEqual([as.kabid.id]);
    await runJob(db(), job("corrective-action-reminders"), at("2027-02-11T00:00:00Z"));
    expect(await told(id, "corrective_action_late")).toContain(as.kabid.id);
    expect(await told(id, "corrective_action_escalated")).toEqual([]);
    await runJob(db(), job("corrective-action-reminders"), at("2027-02-17T00:00:00Z"));
    await runJob(db(), job("corrective-action-reminders"), at("2027-02-17T00:00:00Z"));
    const escalated = await told(id, "corrective_action_escalated");
    expect(escalated).toContain(as.manajer.id);
    expect(escalated).not.toContain(as.kabid.id);
    expect(new Set(escalated).size).toBe(escalated.length);
    expect((await told(id, "corrective_action_late")).filter((u) => u === as.kabid.id)).toHaveLength(1);
  });
});
