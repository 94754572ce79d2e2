import { describe, expect, it } from "vitest";
import { monthsBetween, unitRisk, type UnitRiskFacts } from "./risk-rules";

const today = new Date(Date.UTC(2026, 10, 28));
const calm: UnitRiskFacts = { openKts: 0, recentKts: 0, missedObjectives: 0, sopsRevised: 0, lastAuditedOn: new Date(Date.UTC(2026, 8, 1)) };

describe("unitRisk", () => {
  it("is low for a unit audited recently with nothing open", () => {
    expect(unitRisk(calm, today)).toEqual({ score: 0, level: "RENDAH", reasons: [], monthsSinceAudit: 2 });
  });

  it("puts a never-audited unit at least at medium and says why", () => {
    const risk = unitRisk({ ...calm, lastAuditedOn: null }, today);
    expect(risk.level).toBe("SEDANG");
    expect(risk.reasons).toEqual(["belum pernah diaudit"]);
    expect(risk.monthsSinceAudit).toBeNull();
  });

  it("weighs open KTS, missed objectives and changed SOPs to a high priority", () => {
    const risk = unitRisk({ ...calm, openKts: 1, recentKts: 2, missedObjectives: 1, sopsRevised: 1 }, today);
    expect(risk.score).toBe(3 + 2 + 2 + 1);
    expect(risk.level).toBe("TINGGI");
    expect(risk.reasons).toEqual([
      "1 KTS belum ditutup", "2 KTS dalam 12 bulan terakhir", "1 periode sasaran mutu tidak tercapai", "1 SOP direvisi sejak audit terakhir",
    ]);
  });

  it("adds more the longer a unit has gone unaudited", () => {
    expect(unitRisk({ ...calm, lastAuditedOn: new Date(Date.UTC(2026, 4, 28)) }, today).score).toBe(1);
    expect(unitRisk({ ...calm, lastAuditedOn: new Date(Date.UTC(2025, 10, 28)) }, today).score).toBe(3);
    expect(unitRisk({ ...calm, lastAuditedOn: new Date(Date.UTC(2025, 10, 28)) }, today).reasons).toEqual(["terakhir diaudit 12 bulan lalu"]);
  });

  it("caps missed objectives and changed SOPs so one noisy unit does not drown the rest", () => {
    expect(unitRisk({ ...calm, missedObjectives: 10, sopsRevised: 10 }, today).score).toBe(6 + 3);
  });
});

describe("monthsBetween", () => {
  it("counts whole months only", () => {
    expect(monthsBetween(new Date(Date.UTC(2026, 0, 31)), new Date(Date.UTC(2026, 1, 28)))).toBe(0);
    expect(monthsBetween(new Date(Date.UTC(2026, 0, 15)), new Date(Date.UTC(2026, 1, 15)))).toBe(1);
  });
});
