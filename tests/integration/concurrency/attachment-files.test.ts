// Two corrections of one measurement, each with its own evidence file, at once (on PostgreSQL
// truly in parallel, so both files are written before one transaction loses): one wins, the
// other is told the record changed, and the store holds the winner's file, never the loser's.
import { describe, expect, it } from "vitest";
import { contentKey } from "../../../lib/files";
import { recordMeasurement } from "../../../lib/objectives/measurement-mutations";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { pdf, storedFiles } from "../../helpers/files";
import { race } from "../../helpers/race";

const ROUNDS = 6;
const TODAY = new Date("2026-11-23T08:00:00Z");
const { db, as } = useDemoDatabase(demoUsers("manajer", "pegawai"));

const keyPath = (key: string) => `${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`;

describe("evidence files of two writers at once", () => {
  it("the loser's file does not stay in the store", async () => {
    const objective = await db().qualityObjective.findFirstOrThrow({
      where: { status: "DISETUJUI", ownerId: as.pegawai.id, year: 2026, frequency: "BULANAN" },
      select: { id: true, measurements: { select: { period: true } } },
    });
    const period = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].find((p) => !objective.measurements.some((m) => m.period === p))!;
    const base = { objectiveId: objective.id, period, note: null, analysis: "Petugas cuti.", evidenceUrl: null };
    await recordMeasurement(as.pegawai, { ...base, version: null, value: 95 }, pdf("bukti awal"), TODAY);

    for (let round = 0; round < ROUNDS; round++) {
      const m = await db().objectiveMeasurement.findFirstOrThrow({ where: { objectiveId: objective.id, period }, select: { version: true } });
      const files = [pdf(`koreksi pegawai ${round}`), pdf(`koreksi manajer ${round}`)];
      const before = storedFiles();
      const { winners, refusals } = await race([
        () => recordMeasurement(as.pegawai, { ...base, version: m.version, value: 91 }, files[0], TODAY),
        () => recordMeasurement(as.manajer, { ...base, version: m.version, value: 92 }, files[1], TODAY),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const winner = contentKey(files[winners[0]].bytes);
      expect(storedFiles()).toEqual([...before, keyPath(winner)].sort());
      const evidence = await db().objectiveMeasurement.findFirstOrThrow({
        where: { objectiveId: objective.id, period },
        select: { evidence: { select: { sha256: true } } },
      });
      expect(evidence.evidence?.sha256).toBe(winner);
    }
  });
});
