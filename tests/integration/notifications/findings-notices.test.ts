// Notifications of temuan and tindakan perbaikan: who is told of each step, once, never the actor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import { transitionCorrectiveAction } from "../../../lib/corrective-actions/mutations";
import { recordItemDone, savePlan } from "../../../lib/corrective-actions/plan-mutations";
import { todayDate } from "../../../lib/corrective-actions/rules";
import { planSchema } from "../../../lib/corrective-actions/schema";
import type { CaTransition } from "../../../lib/corrective-actions/workflow";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { createFinding } from "../../../lib/findings/create-mutations";
import { transitionFinding } from "../../../lib/findings/workflow-mutations";
import { ensureUser } from "../../../seeds/factories/org";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";
import { sessionFor, unitId } from "../../helpers/users";
import { ensureClauses, plor } from "../findings/helpers";

let connection: DatabaseConnection;
const as: Record<string, SessionUser> = {};
const db = () => connection.prisma;
const day = (offset: number) => new Date(todayDate().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const TEXT = { name: "bukti.txt", type: "text/plain", bytes: new TextEncoder().encode("Daftar hadir sosialisasi SOP.") };

beforeAll(async () => {
  const opened = await openDemoDatabase({
    manajer: "manajer.mutu@dinsos.nttprov.go.id",
    kabid: "kabid.dayasos@dinsos.nttprov.go.id",
    lansia: "kaupt.lansia@dinsos.nttprov.go.id",
  }, { sops: false });
  connection = opened.connection;
  Object.assign(as, opened.as);
  await ensureClauses(db());
  await ensureUser(db(), {
    email: "auditor2@dinsos.test", name: "Auditor Kedua", unitId: await unitId(db(), "ntt.dinsos.sekretariat"), password: "PortalMutu#2026",
    grants: [{ role: "AUDITOR", unitId: await unitId(db(), "ntt.dinsos") }],
  });
  as.auditor2 = await sessionFor(db(), "auditor2@dinsos.test");
}, 120_000);
afterAll(closeTestDatabase);

/** Who got `event` about the entity, as user ids. */
async function told(event: string, entityId: string) {
  const rows = await db().notification.findMany({ where: { event, entityId }, select: { userId: true, href: true } });
  return rows;
}

async function findingStep(user: SessionUser, id: string, transition: Parameters<typeof transitionFinding>[1]["transition"], note: string | null = null) {
  const f = await db().finding.findUniqueOrThrow({ where: { id } });
  await transitionFinding(user, { id, version: f.version, transition, note });
}

async function caStep(user: SessionUser, id: string, transition: CaTransition, note: string | null = null) {
  const ca = await db().correctiveAction.findUniqueOrThrow({ where: { id } });
  await transitionCorrectiveAction(user, { id, version: ca.version, transition, note });
}

describe("finding notices", () => {
  it("raised → the unit's auditees (not another unit's, not the actor); disputed → the manajer mutu; decided → the auditees", async () => {
    const { id } = await createFinding(as.manajer, await plor(db()), null);
    const raised = await told("finding_raised", id);
    expect(raised.map((n) => n.userId)).toContain(as.kabid.id);
    expect(raised.map((n) => n.userId)).not.toContain(as.lansia.id);
    expect(raised.map((n) => n.userId)).not.toContain(as.manajer.id);
    expect(new Set(raised.map((n) => n.userId)).size).toBe(raised.length);
    expect(raised[0].href).toBe(`/findings/${id}`);

    await findingStep(as.kabid, id, "dispute", "Berkas lengkap di arsip.");
    expect((await told("finding_disputed", id)).map((n) => n.userId)).toEqual([as.manajer.id]);
    await findingStep(as.manajer, id, "confirm", "SOP mensyaratkan paraf.");
    const decided = await told("finding_decided", id);
    expect(decided.map((n) => n.userId)).toContain(as.kabid.id);
    expect(decided.map((n) => n.userId)).not.toContain(as.manajer.id);
    await findingStep(as.kabid, id, "accept");
    expect(await db().notification.count({ where: { entityId: id, event: { notIn: ["finding_raised", "finding_disputed", "finding_decided"] } } })).toBe(0);
  });
});

describe("corrective-action notices", () => {
  it("submitted → approvers; approved → auditees; done → verifiers who did not implement; verified → auditees and the raiser", async () => {
    const { id: findingId } = await createFinding(as.manajer, await plor(db()), null);
    await findingStep(as.kabid, findingId, "accept");
    const ca = await db().correctiveAction.findFirstOrThrow({ where: { findingId } });
    await savePlan(as.kabid, planSchema.parse({
      id: ca.id, version: ca.version, correction: "Berkas diverifikasi ulang.", whys: ["Verifikator cuti"],
      causes: [{ category: "METODE", description: "Tidak ada pengganti." }],
      items: [{ description: "Tunjuk pengganti.", picId: as.kabid.id, dueDate: day(5), sopId: null }],
    }));
    await caStep(as.kabid, ca.id, "submit");
    expect((await told("corrective_action_submitted", ca.id)).map((n) => n.userId)).toEqual([as.manajer.id]);
    await caStep(as.manajer, ca.id, "approve");
    const approved = (await told("corrective_action_approved", ca.id)).map((n) => n.userId);
    expect(approved).toContain(as.kabid.id);
    expect(approved).not.toContain(as.manajer.id);
    const item = await db().correctiveActionItem.findFirstOrThrow({ where: { correctiveActionId: ca.id } });
    await recordItemDone(as.kabid, { itemId: item.id, version: item.version, note: "Surat tugas terbit." }, TEXT);
    await caStep(as.kabid, ca.id, "complete");
    const done = await told("corrective_action_done", ca.id);
    expect(done.map((n) => n.userId)).toEqual([as.manajer.id]);
    expect(done[0].href).toBe(`/corrective-actions/${ca.id}`);
    await db().correctiveAction.update({ where: { id: ca.id }, data: { implementedAt: new Date(Date.now() - 30 * 86_400_000) } });
    await caStep(as.auditor2, ca.id, "start_verification");
    await caStep(as.auditor2, ca.id, "verify_effective", "Tidak terulang.");
    const verified = (await told("corrective_action_verified", ca.id)).map((n) => n.userId);
    expect(verified).toEqual(expect.arrayContaining([as.kabid.id, as.manajer.id]));
    expect(verified).not.toContain(as.auditor2.id);
  });
});
