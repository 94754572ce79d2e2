import { describe, expect, it } from "vitest";
import { canTransition, describeTarget, isAchieved, periodEnd, periodLabel, periodOf, periodStart, periodState } from "./rules";

const spec = (direction: "MINIMAL" | "MAKSIMAL" | "TEPAT" | "RENTANG", target: number | null, low: number | null = null, high: number | null = null) => ({
  direction, target, targetLow: low, targetHigh: high,
});

describe("isAchieved", () => {
  it("MINIMAL: at least the target", () => {
    expect(isAchieved(spec("MINIMAL", 95), 95)).toBe(true);
    expect(isAchieved(spec("MINIMAL", 95), 96.2)).toBe(true);
    expect(isAchieved(spec("MINIMAL", 95), 94.9)).toBe(false);
  });

  it("MAKSIMAL: at most the target", () => {
    expect(isAchieved(spec("MAKSIMAL", 3), 3)).toBe(true);
    expect(isAchieved(spec("MAKSIMAL", 3), 2)).toBe(true);
    expect(isAchieved(spec("MAKSIMAL", 3), 3.01)).toBe(false);
  });

  it("TEPAT: exactly the target, tolerant of floating-point noise", () => {
    expect(isAchieved(spec("TEPAT", 12), 12)).toBe(true);
    expect(isAchieved(spec("TEPAT", 12), 11)).toBe(false);
    expect(isAchieved(spec("TEPAT", 0.3), 0.1 + 0.2)).toBe(true);
  });

  it("RENTANG: within the bounds, bounds included", () => {
    expect(isAchieved(spec("RENTANG", null, 80, 90), 80)).toBe(true);
    expect(isAchieved(spec("RENTANG", null, 80, 90), 90)).toBe(true);
    expect(isAchieved(spec("RENTANG", null, 80, 90), 90.5)).toBe(false);
    expect(isAchieved(spec("RENTANG", null, 80, 90), 79)).toBe(false);
  });

  it("handles a zero target", () => {
    expect(isAchieved(spec("MAKSIMAL", 0), 0)).toBe(true);
    expect(isAchieved(spec("MAKSIMAL", 0), 1)).toBe(false);
    expect(isAchieved(spec("MINIMAL", 0), 0)).toBe(true);
    expect(isAchieved(spec("TEPAT", 0), 0)).toBe(true);
  });

  it("never counts a missing target as achieved", () => {
    expect(isAchieved(spec("MINIMAL", null), 100)).toBe(false);
    expect(isAchieved(spec("RENTANG", null, 80, null), 85)).toBe(false);
  });
});

describe("periods", () => {
  it("end on the last day of the month, quarter, semester or year", () => {
    expect(periodEnd(2026, "BULANAN", 2).toISOString().slice(0, 10)).toBe("2026-02-28");
    expect(periodEnd(2024, "BULANAN", 2).toISOString().slice(0, 10)).toBe("2024-02-29");
    expect(periodEnd(2026, "TRIWULANAN", 3).toISOString().slice(0, 10)).toBe("2026-09-30");
    expect(periodEnd(2026, "SEMESTERAN", 1).toISOString().slice(0, 10)).toBe("2026-06-30");
    expect(periodEnd(2026, "TAHUNAN", 1).toISOString().slice(0, 10)).toBe("2026-12-31");
  });

  it("are labelled in Indonesian", () => {
    expect(periodLabel("BULANAN", 8)).toBe("Agu");
    expect(periodLabel("TRIWULANAN", 4)).toBe("TW IV");
    expect(periodLabel("SEMESTERAN", 2)).toBe("Semester 2");
  });

  it("start on the first day of their first month", () => {
    expect(periodStart(2026, "TRIWULANAN", 4).toISOString().slice(0, 10)).toBe("2026-10-01");
    expect(periodStart(2026, "SEMESTERAN", 2).toISOString().slice(0, 10)).toBe("2026-07-01");
  });

  it("find the period of a date", () => {
    expect(periodOf(new Date("2026-11-23"), 2026, "TRIWULANAN")).toBe(4);
    expect(periodOf(new Date("2026-11-23"), 2025, "TRIWULANAN")).toBeNull();
  });
});

describe("periodState", () => {
  const measured = { ...spec("MINIMAL", 95), value: 97 };

  it("reports a measured period as achieved or not", () => {
    expect(periodState(2026, "BULANAN", 1, measured, new Date("2026-11-23")).achievement).toBe("TERCAPAI");
    expect(periodState(2026, "BULANAN", 1, { ...measured, value: 90 }, new Date("2026-11-23")).achievement).toBe("TIDAK_TERCAPAI");
  });

  it("is late only after the period's end plus 10 days", () => {
    // October 2026 ends on 31 October; late from 11 November.
    expect(periodState(2026, "BULANAN", 10, null, new Date("2026-11-10T12:00:00Z"))).toMatchObject({ achievement: "BELUM_DIUKUR", late: false, open: false });
    expect(periodState(2026, "BULANAN", 10, null, new Date("2026-11-11T00:00:00Z")).late).toBe(true);
    expect(periodState(2026, "BULANAN", 11, null, new Date("2026-11-23")).open).toBe(true);
  });
});

describe("the workflow table", () => {
  it("allows only the listed transitions", () => {
    expect(canTransition("DRAF", "submit")).toBe(true);
    expect(canTransition("DIKEMBALIKAN", "submit")).toBe(true);
    expect(canTransition("DRAF", "approve")).toBe(false);
    expect(canTransition("DIAJUKAN", "approve")).toBe(true);
    expect(canTransition("DIAJUKAN", "return")).toBe(true);
    expect(canTransition("DISETUJUI", "close")).toBe(true);
    expect(canTransition("DITUTUP", "submit")).toBe(false);
  });
});

describe("describeTarget", () => {
  const fmt = (n: number) => String(n).replace(".", ",");
  it("reads like the target people write", () => {
    expect(describeTarget(spec("MINIMAL", 95), "%", fmt)).toBe("≥ 95 %");
    expect(describeTarget(spec("RENTANG", null, 80, 90.5), "indeks", fmt)).toBe("80–90,5 indeks");
  });
});
