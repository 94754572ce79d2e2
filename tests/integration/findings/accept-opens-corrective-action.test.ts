// The merge point of findings and corrective actions: the auditee accepting a KTS opens round 1 of
// its corrective action (TERBUKA) in the same transaction; an observasi opens none; a refused
// accept leaves no corrective action behind.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import { createFinding } from "../../../lib/findings/create-mutations";
import { transitionFinding } from "../../../lib/findings/workflow-mutations";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { ensureClauses, plor } from "./helpers";

const NOW = new Date("2026-11-23T08:00:00Z");

const { db, as } = useDemoDatabase(demoUsers("manajer", "kabid", "lansia"));
beforeAll(async () => {
  await ensureClauses(db());
});

async function accept(user: SessionUser, id: string) {
  const f = await db().finding.findUniqueOrThrow({ where: { id } });
  await transitionFinding(user, { id, version: f.version, transition: "accept", note: null }, NOW);
}

describe("accepting a finding", () => {
  it("a KTS accepted by the auditee opens round 1 TERBUKA, due per the agency's setting, with its history", async () => {
    const { id } = await createFinding(as.manajer, await plor(db(), { category: "KTS_MAYOR" }), null, NOW);
    expect(await db().correctiveAction.count({ where: { findingId: id } })).toBe(0);
    await accept(as.kabid, id);
    const rounds = await db().correctiveAction.findMany({ where: { findingId: id } });
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ round: 1, status: "TERBUKA", createdById: as.kabid.id });
    expect(rounds[0].dueDate.getTime()).toBeGreaterThan(NOW.getTime());
    const history = await db().activity.findMany({ where: { entity: "corrective_action", entityId: rounds[0].id } });
    expect(history.map((a) => a.action)).toEqual(["create"]);
  });

  it("an OBSERVASI accepted opens no corrective action", async () => {
    const { id } = await createFinding(as.manajer, await plor(db(), { category: "OBSERVASI" }), null, NOW);
    await accept(as.kabid, id);
    expect((await db().finding.findUniqueOrThrow({ where: { id } })).status).toBe("DITERIMA");
    expect(await db().correctiveAction.count({ where: { findingId: id } })).toBe(0);
  });

  it("a refused accept (another unit's auditee) leaves the finding open and no corrective action", async () => {
    const { id } = await createFinding(as.manajer, await plor(db()), null, NOW);
    await expect(accept(as.lansia, id)).rejects.toThrow(/tidak berwenang/);
    expect((await db().finding.findUniqueOrThrow({ where: { id } })).status).toBe("TERBUKA");
    expect(await db().correctiveAction.count({ where: { findingId: id } })).toBe(0);
  });

  it("two accepts at once: one wins, exactly one corrective action exists", async () => {
    const { id } = await createFinding(as.manajer, await plor(db()), null, NOW);
    const f = await db().finding.findUniqueOrThrow({ where: { id } });
    const results = await Promise.allSettled([0, 1].map(() => transitionFinding(as.kabid, { id, version: f.version, transition: "accept", note: null }, NOW)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().correctiveAction.count({ where: { findingId: id } })).toBe(1);
  });
});
