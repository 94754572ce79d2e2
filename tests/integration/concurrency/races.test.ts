// Two writers at once on every versioned record of sasaran mutu: on PostgreSQL the two run on two
// pooled connections truly in parallel (many rounds, so their transactions overlap); on PGlite they
// queue on its one connection. Either way exactly one wins, the other is told, and the record and
// its history agree with the winner. New modules add their records here.
import { describe, expect, it } from "vitest";
import { DomainError, expectedFailure } from "../../../lib/errors";
import { recordMeasurement } from "../../../lib/objectives/measurement-mutations";
import { createObjective, transitionObjective } from "../../../lib/objectives/mutations";
import { createPolicy, transitionPolicy } from "../../../lib/objectives/policy-mutations";
import { saveObjectiveRevision } from "../../../lib/objectives/revision-mutations";
import type { ObjectiveFormValues } from "../../../lib/objectives/schema";
import type { SopContent } from "../../../lib/sops/content";
import { reviseSop } from "../../../lib/sops/revise-mutations";
import { importSopDocument } from "../../../seeds/sops";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { race } from "../../helpers/race";
import { approveSopRevision } from "../../helpers/sop-document";
import { unitId } from "../../helpers/users";

const ROUNDS = 8;
const TODAY = new Date("2026-11-23T08:00:00Z");

const { db, as } = useDemoDatabase(demoUsers("manajer", "kadis", "pegawai", "bpsmb"));

let serial = 0;

async function values(overrides: Partial<ObjectiveFormValues> = {}): Promise<ObjectiveFormValues> {
  serial += 1;
  return {
    unitId: await unitId(db(), "ntt.dinsos.sekretariat.kepum"), year: 2026, code: `RACE-${serial}`,
    statement: "Surat masuk didisposisikan pada hari yang sama.", perspective: "PROSES_INTERNAL", indicator: "Persentase disposisi hari yang sama",
    formula: null, measureUnit: "%", direction: "MINIMAL", target: 90, targetLow: null, targetHigh: null, baseline: null, valueMin: null, valueMax: null,
    frequency: "BULANAN", ownerId: as.pegawai.id, dataSource: "Buku agenda", processes: null, sopIds: [], policyId: null, commitmentNo: null,
    ...overrides,
  };
}

async function approvedObjective() {
  const { id } = await createObjective(as.manajer, await values());
  let o = await db().qualityObjective.findUniqueOrThrow({ where: { id } });
  await transitionObjective(as.manajer, { id, version: o.version, transition: "submit", note: null });
  o = await db().qualityObjective.findUniqueOrThrow({ where: { id } });
  await transitionObjective(as.kadis, { id, version: o.version, transition: "approve", note: null });
  return db().qualityObjective.findUniqueOrThrow({ where: { id } });
}

describe("two writers at once", () => {
  it("approve and return of one submitted objective: exactly one wins, the history agrees", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id } = await createObjective(as.manajer, await values());
      let o = await db().qualityObjective.findUniqueOrThrow({ where: { id } });
      await transitionObjective(as.manajer, { id, version: o.version, transition: "submit", note: null });
      o = await db().qualityObjective.findUniqueOrThrow({ where: { id } });
      const { winners, refusals } = await race([
        () => transitionObjective(as.kadis, { id, version: o.version, transition: "approve", note: null }),
        () => transitionObjective(as.kadis, { id, version: o.version, transition: "return", note: "Perbaiki indikatornya." }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const after = await db().qualityObjective.findUniqueOrThrow({ where: { id } });
      expect(after.status).toBe(winners[0] === 0 ? "DISETUJUI" : "DIKEMBALIKAN");
      expect(after.approvedAt !== null).toBe(winners[0] === 0);
      const decisions = await db().activity.count({ where: { entityId: id, action: { in: ["approve", "return"] } } });
      expect(decisions).toBe(1);
    }
  });

  it("two corrections of one measurement with the same version: one value stays, nothing silently lost", async () => {
    const o = await approvedObjective();
    await recordMeasurement(as.pegawai, { objectiveId: o.id, period: 1, version: null, value: 95, note: null, analysis: null, evidenceUrl: null }, null, TODAY);
    for (let round = 0; round < ROUNDS; round++) {
      const m = await db().objectiveMeasurement.findFirstOrThrow({ where: { objectiveId: o.id, period: 1 } });
      const [a, b] = [90 + round * 0.25, 90.125 + round * 0.25]; // within 0–100 %, and on target
      const { winners, refusals } = await race([
        () => recordMeasurement(as.pegawai, { objectiveId: o.id, period: 1, version: m.version, value: a, note: null, analysis: null, evidenceUrl: null }, null, TODAY),
        () => recordMeasurement(as.manajer, { objectiveId: o.id, period: 1, version: m.version, value: b, note: null, analysis: null, evidenceUrl: null }, null, TODAY),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const after = await db().objectiveMeasurement.findFirstOrThrow({ where: { objectiveId: o.id, period: 1 } });
      expect(after.value).toBe(winners[0] === 0 ? a : b);
      expect(after.version).toBe(m.version + 1);
    }
  });

  it("two first measurements of one period: one is kept, the other is told it was taken", async () => {
    for (let round = 0; round < ROUNDS / 2; round++) {
      const o = await approvedObjective();
      const { winners, refusals } = await race([
        () => recordMeasurement(as.pegawai, { objectiveId: o.id, period: 2, version: null, value: 91, note: null, analysis: null, evidenceUrl: null }, null, TODAY),
        () => recordMeasurement(as.manajer, { objectiveId: o.id, period: 2, version: null, value: 93, note: null, analysis: null, evidenceUrl: null }, null, TODAY),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["CONFLICT"]);
      expect(await db().objectiveMeasurement.count({ where: { objectiveId: o.id, period: 2 } })).toBe(1);
    }
  });

  it("two objectives created with one code: one is created, the other gets a conflict", async () => {
    for (let round = 0; round < ROUNDS / 2; round++) {
      const v = await values();
      const { winners, refusals } = await race([() => createObjective(as.manajer, v), () => createObjective(as.manajer, { ...v })]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["CONFLICT"]);
      expect(await db().qualityObjective.count({ where: { unitId: v.unitId, year: v.year, code: v.code } })).toBe(1);
    }
  });

  it("two revisions started at once: one pending draft, never two", async () => {
    for (let round = 0; round < ROUNDS / 2; round++) {
      const o = await approvedObjective();
      const v = await values({ code: o.code, target: 95 });
      const { winners, refusals } = await race([
        () => saveObjectiveRevision(as.manajer, { id: o.id, revisionId: null, version: o.version, reason: "Target naik (A).", values: v }),
        () => saveObjectiveRevision(as.manajer, { id: o.id, revisionId: null, version: o.version, reason: "Target naik (B).", values: v }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["CONFLICT"]);
      expect(await db().objectiveRevision.count({ where: { objectiveId: o.id, status: "DRAF" } })).toBe(1);
    }
  });

  it("approve and return of a kebijakan mutu draft: one wins, one version stays in force", async () => {
    const agencyId = await unitId(db(), "ntt.dinsos");
    for (let round = 0; round < ROUNDS / 2; round++) {
      const { id } = await createPolicy(as.manajer, { agencyId, statement: `Kebijakan mutu putaran ${round}.`, commitments: ["Melayani"] });
      let p = await db().qualityPolicy.findUniqueOrThrow({ where: { id } });
      await transitionPolicy(as.manajer, { id, version: p.version, transition: "submit", note: null });
      p = await db().qualityPolicy.findUniqueOrThrow({ where: { id } });
      const { winners, refusals } = await race([
        () => transitionPolicy(as.kadis, { id, version: p.version, transition: "approve", note: null }),
        () => transitionPolicy(as.kadis, { id, version: p.version, transition: "return", note: "Belum." }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      expect(await db().qualityPolicy.count({ where: { agencyId, status: "DISETUJUI" } })).toBe(1);
      if (winners[0] === 1) {
        const returned = await db().qualityPolicy.findUniqueOrThrow({ where: { id } });
        await transitionPolicy(as.manajer, { id, version: returned.version, transition: "discard", note: null });
      }
    }
  });
});

describe("two edits of one SOP at once", () => {
  it("propose exactly one pending revision, never two; once approved it is the SOP's next revision", async () => {
    await importSopDocument(db(), "003_a6320db0dd9891d3.txt", "kaltim.disperindagkop.bpsmb");
    const target = await db().sop.findFirstOrThrow({ where: { unit: { code: { startsWith: "kaltim" } } }, orderBy: { title: "asc" } });
    for (let round = 0; round < ROUNDS / 2; round++) {
      const sop = await db().sop.findUniqueOrThrow({ where: { id: target.id } });
      const current = await db().sopRevision.findUniqueOrThrow({ where: { sopId_revisionNo: { sopId: sop.id, revisionNo: sop.currentRevisionNo } } });
      const content = current.content as unknown as SopContent;
      const edit = (who: string) => ({
        id: sop.id, version: sop.version, reason: `Perbaikan uraian oleh ${who}, putaran ${round}.`,
        content: { ...content, steps: content.steps.map((s, i) => (i === 0 ? { ...s, activity: `${s.activity} (${who} ${round})` } : s)) },
      });
      const { winners, refusals } = await race([() => reviseSop(as.bpsmb, edit("A")), () => reviseSop(as.bpsmb, edit("B"))]);
      expect(winners).toHaveLength(1);
      expect(refusals).toHaveLength(1);
      // In parallel the loser finds the document changed (STALE); queued, it finds the pending revision (RULE).
      expect(["STALE", "CONFLICT", "RULE"]).toContain(refusals[0]);
      const pending = await db().documentRevision.findMany({ where: { document: { sopId: sop.id }, status: "DRAF" } });
      expect(pending).toHaveLength(1);
      expect(pending[0].changeReason).toBe(`Perbaikan uraian oleh ${winners[0] === 0 ? "A" : "B"}, putaran ${round}.`);
      expect(await db().sop.findUniqueOrThrow({ where: { id: sop.id } })).toMatchObject({ currentRevisionNo: sop.currentRevisionNo, version: sop.version });

      // Two saves of that draft from the same page: one replaces the content, the other is stale.
      const again = (who: string) => ({ ...edit(who), pendingRevisionId: pending[0].id, pendingVersion: pending[0].version });
      const second = await race([() => reviseSop(as.bpsmb, again("C")), () => reviseSop(as.bpsmb, again("D"))]);
      expect(second.winners).toHaveLength(1);
      expect(second.refusals).toEqual(["STALE"]);

      await approveSopRevision(db(), pending[0].id, { id: as.bpsmb.id, name: as.bpsmb.name });
      const after = await db().sop.findUniqueOrThrow({ where: { id: sop.id } });
      expect(after.currentRevisionNo).toBe(sop.currentRevisionNo + 1);
      expect(await db().sopRevision.count({ where: { sopId: sop.id } })).toBe(after.currentRevisionNo);
      const shown = await db().sopRevision.findUniqueOrThrow({ where: { sopId_revisionNo: { sopId: sop.id, revisionNo: after.currentRevisionNo } } });
      expect((shown.content as unknown as SopContent).steps[0].activity).toContain(`(${second.winners[0] === 0 ? "C" : "D"} ${round})`);
    }
  });
});

it("treats a refusal as a DomainError and anything else as a bug", () => {
  expect(expectedFailure(new DomainError("STALE", "x"))).toMatchObject({ reason: "STALE" });
});
