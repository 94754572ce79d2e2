// The exact edges of the sasaran mutu rules: each assertion pins one comparison, label or bound,
// so that a changed operator or a dropped entry is noticed (npm run test:mutation).
import { describe, expect, it } from "vitest";
import {
  EDITABLE_STATUSES, describeBounds, describeTarget, isAchieved, isPeriodExpected, measurementWindow, naturalBounds,
  periodCount, periodLabel, periodState, valueBounds, valueOutOfBounds, type TargetSpec,
} from "./rules";

const fmt = (n: number) => String(n).replace(".", ",");
const spec = (direction: TargetSpec["direction"], target: number | null, low: number | null = null, high: number | null = null): TargetSpec => ({
  direction, target, targetLow: low, targetHigh: high,
});

describe("periods", () => {
  it("names every period as people write them", () => {
    expect(Array.from({ length: 12 }, (_, i) => periodLabel("BULANAN", i + 1))).toEqual(["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]);
    expect([1, 2, 3, 4].map((p) => periodLabel("TRIWULANAN", p))).toEqual(["TW I", "TW II", "TW III", "TW IV"]);
    expect([1, 2].map((p) => periodLabel("SEMESTERAN", p))).toEqual(["Semester 1", "Semester 2"]);
    expect(periodLabel("TAHUNAN", 1)).toBe("Tahunan");
    expect(["BULANAN", "TRIWULANAN", "SEMESTERAN", "TAHUNAN"].map((f) => periodCount(f as "BULANAN"))).toEqual([12, 4, 2, 1]);
  });

  it("edits in place only drafts and returned objectives", () => {
    expect(EDITABLE_STATUSES).toEqual(["DRAF", "DIKEMBALIKAN"]);
  });

  it("is open until the last millisecond of its last day", () => {
    const window = { from: new Date("2026-01-02T00:00:00Z"), until: null };
    expect(periodState(2026, "BULANAN", 10, null, new Date("2026-10-31T23:59:59.999Z"), window).open).toBe(true);
    expect(periodState(2026, "BULANAN", 10, null, new Date("2026-11-01T00:00:00Z"), window).open).toBe(false);
  });

  it("expects a period that was still running at approval, and none that started after closing", () => {
    const endOfMarch = new Date("2026-03-31T23:59:59.999Z");
    expect(isPeriodExpected(2026, "BULANAN", 3, { from: endOfMarch, until: null })).toBe(true);
    expect(isPeriodExpected(2026, "BULANAN", 3, { from: new Date("2026-04-01T00:00:00Z"), until: null })).toBe(false);
    const from = new Date("2026-01-02T00:00:00Z");
    expect(isPeriodExpected(2026, "BULANAN", 4, { from, until: new Date("2026-04-01T00:00:00Z") })).toBe(true);
    expect(isPeriodExpected(2026, "BULANAN", 4, { from, until: new Date("2026-03-31T23:59:59.999Z") })).toBe(false);
    expect(measurementWindow({ approvedAt: from, closedAt: new Date("2026-05-01T00:00:00Z") })).toEqual({ from, until: new Date("2026-05-01T00:00:00Z") });
    expect(measurementWindow({ approvedAt: from })).toEqual({ from, until: null });
  });

  it("reports a measured period as not late and with its due date", () => {
    const window = { from: new Date("2026-01-02T00:00:00Z"), until: null };
    const state = periodState(2026, "BULANAN", 1, { ...spec("MINIMAL", 90), value: 90 }, new Date("2026-12-31T00:00:00Z"), window);
    expect(state).toMatchObject({ achievement: "TERCAPAI", late: false, open: false });
    expect(state.dueDate.toISOString().slice(0, 10)).toBe("2026-02-10");
  });
});

describe("isAchieved at its edges", () => {
  it("counts the target itself as achieved, and a hair beyond as missed", () => {
    expect(isAchieved(spec("MINIMAL", 95), 95)).toBe(true);
    expect(isAchieved(spec("MINIMAL", 95), 94.9999)).toBe(false);
    expect(isAchieved(spec("MAKSIMAL", 5), 5)).toBe(true);
    expect(isAchieved(spec("MAKSIMAL", 5), 5.0001)).toBe(false);
    expect(isAchieved(spec("TEPAT", 100), 100)).toBe(true);
    expect(isAchieved(spec("TEPAT", 100), 100.0001)).toBe(false);
    expect(isAchieved(spec("TEPAT", 1_000_000), 1_000_000 + 1e-4)).toBe(true); // tolerance scales with the target
    expect(isAchieved(spec("RENTANG", null, 80, 90), 80)).toBe(true);
    expect(isAchieved(spec("RENTANG", null, 80, 90), 90)).toBe(true);
    expect(isAchieved(spec("RENTANG", null, 80, 90), 79.999)).toBe(false);
    expect(isAchieved(spec("RENTANG", null, 80, 90), 90.001)).toBe(false);
  });

  it("never counts a missing target as achieved", () => {
    for (const direction of ["MINIMAL", "MAKSIMAL", "TEPAT"] as const) expect(isAchieved(spec(direction, null), 0)).toBe(false);
    expect(isAchieved(spec("RENTANG", null, null, 90), 50)).toBe(false);
    expect(isAchieved(spec("RENTANG", null, 10, null), 50)).toBe(false);
  });

  it("describes every direction with its symbol, trimmed", () => {
    expect(describeTarget(spec("MAKSIMAL", 5), "hari", fmt)).toBe("≤ 5 hari");
    expect(describeTarget(spec("TEPAT", 100), "%", fmt)).toBe("= 100 %");
    expect(describeTarget(spec("MINIMAL", 95), "", fmt)).toBe("≥ 95");
    expect(describeTarget(spec("RENTANG", null, 1, 2), "", fmt)).toBe("1–2");
  });
});

describe("plausible values", () => {
  it("bounds percentages to 0–100 and counts to zero and up, by the unit's first word", () => {
    for (const unit of ["%", " Persen ", "prosen", "% dari target"]) expect(naturalBounds(unit)).toEqual({ min: 0, max: 100 });
    for (const unit of ["orang", "Dokumen", "laporan/bulan", "hari kerja", "jp", "(orang)"]) expect(naturalBounds(unit).min, unit).toBe(0);
    expect(naturalBounds("(orang)")).toEqual({ min: 0, max: null });
    expect(naturalBounds("indeks")).toEqual({ min: null, max: null });
  });

  it("lets an objective narrow its bounds, never widen them", () => {
    expect(valueBounds("%", { valueMin: 50, valueMax: 120 })).toEqual({ min: 50, max: 100 });
    expect(valueBounds("%", { valueMin: -5, valueMax: 80 })).toEqual({ min: 0, max: 80 });
    expect(valueBounds("indeks", { valueMin: 1, valueMax: 4 })).toEqual({ min: 1, max: 4 });
    expect(valueBounds("indeks", { valueMin: null, valueMax: undefined })).toEqual({ min: null, max: null });
    expect(valueBounds("orang", {})).toEqual({ min: 0, max: null });
  });

  it("says what is wrong with an implausible value, and accepts the bounds themselves", () => {
    expect(valueOutOfBounds(100, { min: 0, max: 100 }, "%", fmt)).toBeNull();
    expect(valueOutOfBounds(0, { min: 0, max: 100 }, "%", fmt)).toBeNull();
    expect(valueOutOfBounds(1000000.5, { min: 0, max: 100 }, "%", fmt)).toBe("Nilai harus antara 0 % dan 100 %.");
    expect(valueOutOfBounds(-1, { min: 0, max: null }, "orang", fmt)).toBe("Nilai tidak boleh negatif.");
    expect(valueOutOfBounds(0.5, { min: 1, max: null }, "indeks", fmt)).toBe("Nilai paling kecil 1 indeks.");
    expect(valueOutOfBounds(5, { min: null, max: 4 }, "", fmt)).toBe("Nilai paling besar 4.");
    expect(valueOutOfBounds(4, { min: null, max: 4 }, "", fmt)).toBeNull();
    expect(valueOutOfBounds(-1e12, { min: null, max: null }, "", fmt)).toBeNull();
  });

  it("describes the bounds as people read them", () => {
    expect(describeBounds({ min: 0, max: 100 }, " % ", fmt)).toBe("0–100 %");
    expect(describeBounds({ min: 0, max: null }, "orang", fmt)).toBe("≥ 0 orang");
    expect(describeBounds({ min: null, max: 4 }, "", fmt)).toBe("≤ 4");
    expect(describeBounds({ min: 1, max: 4 }, "", fmt)).toBe("1–4");
    expect(describeBounds({ min: null, max: null }, "%", fmt)).toBeNull();
  });
});
