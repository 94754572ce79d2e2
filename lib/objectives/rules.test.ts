import { describe, expect, it } from "vitest";
import { describeTarget, measurementWindow, isAchieved, periodEnd, periodLabel, periodOf, periodStart, periodState, naturalBounds, valueBounds, valueOutOfBounds } from "./rules";

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
  const sinceJanuary = { from: new Date("2026-01-02T00:00:00Z"), until: null };

  it("reports a measured period as achieved or not", () => {
    expect(periodState(2026, "BULANAN", 1, measured, new Date("2026-11-23"), sinceJanuary).achievement).toBe("TERCAPAI");
    expect(periodState(2026, "BULANAN", 1, { ...measured, value: 90 }, new Date("2026-11-23"), sinceJanuary).achievement).toBe("TIDAK_TERCAPAI");
  });

  it("is late only after the period's end plus 10 days, and says when it fell due", () => {
    // October 2026 ends on 31 October; due on 10 November, late from 11 November.
    const october = periodState(2026, "BULANAN", 10, null, new Date("2026-11-10T12:00:00Z"), sinceJanuary);
    expect(october).toMatchObject({ achievement: "BELUM_DIUKUR", late: false, open: false });
    expect(october.dueDate.toISOString().slice(0, 10)).toBe("2026-11-10");
    expect(periodState(2026, "BULANAN", 10, null, new Date("2026-11-11T00:00:00Z"), sinceJanuary).late).toBe(true);
    expect(periodState(2026, "BULANAN", 11, null, new Date("2026-11-23"), sinceJanuary).open).toBe(true);
  });

  it("never calls a period late that had ended before the objective was approved", () => {
    const approvedLate = { from: new Date("2026-11-28T03:00:00Z"), until: null };
    const today = new Date("2026-12-20T00:00:00Z");
    expect(periodState(2026, "BULANAN", 1, null, today, approvedLate).late).toBe(false);
    expect(periodState(2026, "BULANAN", 10, null, today, approvedLate).late).toBe(false);
    // November was still running when it was approved: it is due.
    expect(periodState(2026, "BULANAN", 11, null, today, approvedLate).late).toBe(true);
  });

  it("expects nothing of an objective that is not approved, or after it was closed", () => {
    const today = new Date("2026-12-20T00:00:00Z");
    expect(periodState(2026, "BULANAN", 3, null, today, null).late).toBe(false);
    const closedInMay = { from: new Date("2026-01-02T00:00:00Z"), until: new Date("2026-05-15T00:00:00Z") };
    expect(periodState(2026, "BULANAN", 4, null, today, closedInMay).late).toBe(true);
    expect(periodState(2026, "BULANAN", 6, null, today, closedInMay).late).toBe(false);
  });

  it("opens the window at the first approval and closes it at closing", () => {
    expect(measurementWindow({ approvedAt: null })).toBeNull();
    const approvedAt = new Date("2026-03-01T00:00:00Z");
    expect(measurementWindow({ approvedAt, closedAt: null })).toEqual({ from: approvedAt, until: null });
  });
});

describe("describeTarget", () => {
  const fmt = (n: number) => String(n).replace(".", ",");
  it("reads like the target people write", () => {
    expect(describeTarget(spec("MINIMAL", 95), "%", fmt)).toBe("≥ 95 %");
    expect(describeTarget(spec("RENTANG", null, 80, 90.5), "indeks", fmt)).toBe("80–90,5 indeks");
  });
});

describe("plausible values", () => {
  const fmt = (n: number) => String(n).replace(".", ",");
  it("bounds a percentage to 0–100 and a count to non-negative, by the unit", () => {
    expect(naturalBounds("%")).toEqual({ min: 0, max: 100 });
    expect(naturalBounds("Persen")).toEqual({ min: 0, max: 100 });
    expect(naturalBounds("orang")).toEqual({ min: 0, max: null });
    expect(naturalBounds("hari kerja")).toEqual({ min: 0, max: null });
    expect(naturalBounds("Dokumen")).toEqual({ min: 0, max: null });
    expect(naturalBounds("indeks")).toEqual({ min: null, max: null });
  });

  it("narrows the unit's bounds with the objective's own, never widens them", () => {
    expect(valueBounds("%", { valueMin: 50, valueMax: 200 })).toEqual({ min: 50, max: 100 });
    expect(valueBounds("indeks", { valueMin: 1, valueMax: 4 })).toEqual({ min: 1, max: 4 });
    expect(valueBounds("orang", { valueMin: null, valueMax: 30 })).toEqual({ min: 0, max: 30 });
  });

  it("explains a value out of bounds in Indonesian", () => {
    expect(valueOutOfBounds(1000000.5, { min: 0, max: 100 }, "%", fmt)).toBe("Nilai harus antara 0 % dan 100 %.");
    expect(valueOutOfBounds(100, { min: 0, max: 100 }, "%", fmt)).toBeNull();
    expect(valueOutOfBounds(-1, { min: 0, max: null }, "orang", fmt)).toBe("Nilai tidak boleh negatif.");
    expect(valueOutOfBounds(9, { min: null, max: 4 }, "indeks", fmt)).toBe("Nilai paling besar 4 indeks.");
    expect(valueOutOfBounds(-99, { min: null, max: null }, "indeks", fmt)).toBeNull();
  });
});
