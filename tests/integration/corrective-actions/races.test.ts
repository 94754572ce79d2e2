// Two writers at once on a corrective action (the pattern of tests/integration/concurrency): on
// PostgreSQL truly in parallel on two pooled connections, on PGlite queued. Exactly one wins.
import { describe, expect, it } from "vitest";
import { transitionCorrectiveAction } from "../../../lib/corrective-actions/mutations";
import { recordItemDone, savePlan } from "../../../lib/corrective-actions/plan-mutations";
import { todayDate } from "../../../lib/corrective-actions/rules";
import { planSchema } from "../../../lib/corrective-actions/schema";
import { acceptedFindingWithAction } from "../../../seeds/factories/corrective-actions";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { race } from "../../helpers/race";
import { unitId } from "../../helpers/users";

const ROUNDS = 4;
const due = new Date(todayDate().getTime() + 7 * 86_400_000).toISOString().slice(0, 10);

const { db, as } = useDemoDatabase(demoUsers("manajer", "kabid"), { sops: false });

const plan = (id: string, version: number, correction: string) =>
  planSchema.parse({
    id, version, correction, whys: ["Mengapa"], causes: [{ category: "MANUSIA", description: "Petugas belum dilatih." }],
    items: [{ description: "Pelatihan petugas agenda.", picId: as.kabid.id, dueDate: due, sopId: null }],
  });

async function newCa() {
  const { correctiveActionId } = await acceptedFindingWithAction(db(), as.manajer, {
    unitId: await unitId(db(), "ntt.dinsos.dayasos"), category: "KTS_MINOR", statement: "Uji balapan.", evidence: "Bukti uji.",
  });
  return correctiveActionId;
}

describe("two writers at once on a corrective action", () => {
  it("two plan edits with the same version: one kept whole, the other told it is stale", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await newCa();
      const { winners, refusals } = await race([() => savePlan(as.kabid, plan(id, 1, "Koreksi A")), () => savePlan(as.kabid, plan(id, 1, "Koreksi B"))]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const ca = await db().correctiveAction.findUniqueOrThrow({ where: { id }, include: { items: true } });
      expect(ca.correction).toBe(winners[0] === 0 ? "Koreksi A" : "Koreksi B");
      expect(ca.items).toHaveLength(1);
    }
  });

  it("approve and return of one submitted plan: exactly one decision", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await newCa();
      await savePlan(as.kabid, plan(id, 1, "Koreksi"));
      await transitionCorrectiveAction(as.kabid, { id, version: 2, transition: "submit", note: null });
      const { winners, refusals } = await race([
        () => transitionCorrectiveAction(as.manajer, { id, version: 3, transition: "approve", note: null }),
        () => transitionCorrectiveAction(as.manajer, { id, version: 3, transition: "return", note: "Perbaiki." }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const ca = await db().correctiveAction.findUniqueOrThrow({ where: { id } });
      expect(ca.status).toBe(winners[0] === 0 ? "RENCANA_DISETUJUI" : "TERBUKA");
      expect(await db().activity.count({ where: { entityId: id, action: { in: ["approve", "return"] } } })).toBe(1);
    }
  });

  it("recording an action done while the round is reported complete: never done after the report", async () => {
    const id = await newCa();
    await savePlan(as.kabid, planSchema.parse({ ...plan(id, 1, "Koreksi"), items: [
      { description: "Tindakan satu.", picId: as.kabid.id, dueDate: due, sopId: null },
      { description: "Tindakan dua.", picId: as.kabid.id, dueDate: due, sopId: null },
    ] }));
    await transitionCorrectiveAction(as.kabid, { id, version: 2, transition: "submit", note: null });
    await transitionCorrectiveAction(as.manajer, { id, version: 3, transition: "approve", note: null });
    const items = await db().correctiveActionItem.findMany({ where: { correctiveActionId: id }, orderBy: { position: "asc" } });
    const file = { name: "bukti.txt", type: "text/plain", bytes: new TextEncoder().encode("Bukti pelaksanaan.") };
    await recordItemDone(as.kabid, { itemId: items[0]!.id, version: 1, note: "Selesai satu." }, file);
    const { winners } = await race([
      () => recordItemDone(as.kabid, { itemId: items[1]!.id, version: 1, note: "Selesai dua." }, file),
      () => transitionCorrectiveAction(as.kabid, { id, version: 4, transition: "complete", note: null }),
    ]);
    const ca = await db().correctiveAction.findUniqueOrThrow({ where: { id }, include: { items: true } });
    // Either the second action was recorded first and the report followed, or the report was refused.
    if (ca.status === "DILAKSANAKAN") expect(ca.items.every((i) => i.status === "SELESAI")).toBe(true);
    else expect(winners).toEqual([0]);
  });
});
