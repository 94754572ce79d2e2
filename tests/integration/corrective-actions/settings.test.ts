// The agency's corrective-action settings beyond the happy path (in workflow.test.ts): the wrong
// role and the manajer mutu of another agency are refused and change nothing; two writers at once
// (truly parallel on PostgreSQL, on two pooled connections): exactly one wins, the other is told.
import { describe, expect, it } from "vitest";
import { saveSettings } from "../../../lib/corrective-actions/settings-mutations";
import type { SettingsValues } from "../../../lib/corrective-actions/schema";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { race } from "../../helpers/race";
import { unitId } from "../../helpers/users";

const ROUNDS = 4;
const { db, as } = useDemoDatabase(demoUsers("manajer", "kadis", "kabid", "auditor", "pegawai", "bpsmb", "biro"), { sops: false });

const days = (n: number) => ({ dueDaysMayor: 20 + n, dueDaysMinor: 40 + n, waitDaysMayor: 10 + n, waitDaysMinor: n });
const snapshot = async () => [await db().correctiveActionSetting.findMany({ orderBy: { agencyId: "asc" } }), await db().activity.count()];

describe("corrective-action settings", () => {
  it("the wrong role (pimpinan, auditee, auditor, pegawai, province reader) is refused and nothing changes", async () => {
    const values: SettingsValues = { agencyId: await unitId(db(), "ntt.dinsos"), version: null, ...days(1) };
    const before = await snapshot();
    for (const user of [as.kadis, as.kabid, as.auditor, as.pegawai, as.biro]) await expect(saveSettings(user, values)).rejects.toThrow(/tidak berwenang/);
    expect(await snapshot()).toEqual(before);
  });

  it("the manajer mutu of another agency is refused, both ways", async () => {
    const dinsos = await unitId(db(), "ntt.dinsos");
    const kaltim = await unitId(db(), "kaltim.disperindagkop");
    const before = await snapshot();
    await expect(saveSettings(as.bpsmb, { agencyId: dinsos, version: null, ...days(2) })).rejects.toThrow(/tidak berwenang/);
    await expect(saveSettings(as.manajer, { agencyId: kaltim, version: null, ...days(2) })).rejects.toThrow(/tidak berwenang/);
    expect(await snapshot()).toEqual(before);
  });

  it("two first saves at once: one row with the winner's days, one history row, the other writer told", async () => {
    const agencyId = await unitId(db(), "ntt.dinsos");
    for (let round = 0; round < ROUNDS; round++) {
      await db().correctiveActionSetting.deleteMany({ where: { agencyId } });
      const history = await db().activity.count({ where: { entityId: agencyId, action: "settings" } });
      const { winners, refusals } = await race([
        () => saveSettings(as.manajer, { agencyId, version: null, ...days(3) }),
        () => saveSettings(as.manajer, { agencyId, version: null, ...days(4) }),
      ]);
      expect(winners).toHaveLength(1);
      // In parallel the second insert meets the primary key (CONFLICT); queued, it sees the saved row (STALE).
      expect(refusals).toHaveLength(1);
      expect(["STALE", "CONFLICT"]).toContain(refusals[0]);
      expect(await db().correctiveActionSetting.findUniqueOrThrow({ where: { agencyId } })).toMatchObject({ version: 1, ...days(winners[0] === 0 ? 3 : 4) });
      expect(await db().activity.count({ where: { entityId: agencyId, action: "settings" } })).toBe(history + 1);
    }
  });

  it("two edits with the same version: one wins, the other is told it is stale; the version moves once", async () => {
    const agencyId = await unitId(db(), "ntt.dinsos");
    for (let round = 0; round < ROUNDS; round++) {
      const { version } = await db().correctiveActionSetting.findUniqueOrThrow({ where: { agencyId } });
      const history = await db().activity.count({ where: { entityId: agencyId, action: "settings" } });
      const { winners, refusals } = await race([
        () => saveSettings(as.manajer, { agencyId, version, ...days(5 + round) }),
        () => saveSettings(as.manajer, { agencyId, version, ...days(15 + round) }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      expect(await db().correctiveActionSetting.findUniqueOrThrow({ where: { agencyId } })).toMatchObject({ version: version + 1, ...days(winners[0] === 0 ? 5 + round : 15 + round) });
      expect(await db().activity.count({ where: { entityId: agencyId, action: "settings" } })).toBe(history + 1);
    }
  });
});
