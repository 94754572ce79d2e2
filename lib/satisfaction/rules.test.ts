import { describe, expect, it } from "vitest";
import { computeSurvey, ikmCategory, ikmFromNrr, nrrFromCounts, periodLabel, periodRange, resolvedShare } from "./rules";

const nine = (n: number) => Array.from({ length: 9 }, () => n);

describe("IKM categories (Permenpan RB 14/2017, nilai interval konversi)", () => {
  it.each([
    [100, "A"], [88.31, "A"], [88.3, "B"], [76.61, "B"], [76.6, "C"], [65, "C"], [64.99, "D"], [25, "D"],
  ] as const)("%s is %s", (ikm, category) => {
    expect(ikmCategory(ikm)).toBe(category);
  });
});

describe("IKM from the nine NRR", () => {
  it("is the mean NRR x 25 with the exact weight 1/9", () => {
    expect(ikmFromNrr(nine(4))).toBe(100);
    expect(ikmFromNrr(nine(1))).toBe(25);
    expect(ikmFromNrr(nine(3))).toBe(75);
    // Sum 29 / 9 x 25 = 80.5555… → 80.56 (half-up at 2 decimals).
    expect(ikmFromNrr([3, 3, 3, 3, 3, 3, 3, 4, 4])).toBe(80.56);
  });

  it("lands on the regulation's boundaries in NRR terms", () => {
    // NI 3,5324 x 25 = 88,31 (A); 3,532 x 25 = 88,30 (B).
    expect(ikmCategory(ikmFromNrr(nine(3.5324)))).toBe("A");
    expect(ikmCategory(ikmFromNrr(nine(3.532)))).toBe("B");
    // NI 2,60 x 25 = 65,00 (C); 2,5996 x 25 = 64,99 (D).
    expect(ikmCategory(ikmFromNrr(nine(2.6)))).toBe("C");
    expect(ikmCategory(ikmFromNrr(nine(2.5996)))).toBe("D");
    // 3,0644 x 25 = 76,61 (B); 3,064 x 25 = 76,60 (C).
    expect(ikmCategory(ikmFromNrr(nine(3.0644)))).toBe("B");
    expect(ikmCategory(ikmFromNrr(nine(3.064)))).toBe("C");
  });

  it("rounds half up at the A/B boundary without floating-point noise", () => {
    // Sum 31.7916 x 25 / 9 = 88.31 exactly.
    const ikm = ikmFromNrr([3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5324]);
    expect(ikm).toBe(88.31);
    // 31.788 x 25/9 = 88.3 exactly → B.
    expect(ikmFromNrr([3.532, 3.532, 3.532, 3.532, 3.532, 3.532, 3.532, 3.532, 3.532])).toBe(88.3);
    // Sum 31.7907 x 25 / 9 = 88.30749… → 88.31 (A): the IKM is read at 2 decimals, rounded half up.
    expect(ikmFromNrr([3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5315])).toBe(88.31);
    // Sum 31.7899 x 25 / 9 = 88.30527… → 88.31 (A); sum 31.7897 → 88.30472… → 88.30 (B).
    expect(ikmFromNrr([3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5307])).toBe(88.31);
    expect(ikmFromNrr([3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5324, 3.5305])).toBe(88.3);
  });

  it("refuses anything but nine elements", () => {
    expect(() => ikmFromNrr(nine(3).slice(1))).toThrow();
  });
});

describe("NRR from respondent counts", () => {
  it("is the mean score to 4 decimals", () => {
    expect(nrrFromCounts([0, 0, 0, 10])).toBe(4);
    expect(nrrFromCounts([1, 1, 1, 1])).toBe(2.5);
    // (2x3 + 1x4) / 3 = 3.3333…
    expect(nrrFromCounts([0, 0, 2, 1])).toBe(3.3333);
    // (1 + 2x4)/3 = 3 → exactly; (3 + 4 + 4)/3 = 3.6667 (half up).
    expect(nrrFromCounts([0, 0, 1, 2])).toBe(3.6667);
  });

  it("needs at least one answer", () => {
    expect(() => nrrFromCounts([0, 0, 0, 0])).toThrow();
  });

  it("feeds the IKM of a survey entered as counts", () => {
    const entries = nine(0).map(() => ({ counts: [0, 5, 30, 15] as [number, number, number, number] }));
    const survey = computeSurvey("RESPONDEN", entries);
    // NRR = (10 + 90 + 60) / 50 = 3.2 → IKM 80 → B.
    expect(survey.elements[0]).toEqual({ element: 1, nrr: 3.2, counts: [0, 5, 30, 15] });
    expect(survey.ikm).toBe(80);
    expect(survey.category).toBe("B");
  });

  it("takes the NRR as entered (4 decimals) in NRR mode", () => {
    const survey = computeSurvey("NRR", nine(3.53245).map((nrr) => ({ nrr })));
    expect(survey.elements.every((e) => e.nrr === 3.5325 || e.nrr === 3.5324)).toBe(true);
    expect(survey.category).toBe("A");
  });
});

describe("periods", () => {
  it("spans the year, the semester or the quarter", () => {
    expect(periodRange(2025, "TAHUNAN", 1)).toEqual({ start: new Date("2025-01-01"), end: new Date("2025-12-31") });
    expect(periodRange(2025, "SEMESTER", 2)).toEqual({ start: new Date("2025-07-01"), end: new Date("2025-12-31") });
    expect(periodRange(2024, "TRIWULAN", 1)).toEqual({ start: new Date("2024-01-01"), end: new Date("2024-03-31") });
    expect(periodRange(2025, "TRIWULAN", 3)).toEqual({ start: new Date("2025-07-01"), end: new Date("2025-09-30") });
  });

  it("is named in Indonesian", () => {
    expect(periodLabel(2025, "TAHUNAN", 1)).toBe("Tahun 2025");
    expect(periodLabel(2025, "SEMESTER", 2)).toBe("Semester II 2025");
    expect(periodLabel(2025, "TRIWULAN", 3)).toBe("Triwulan III 2025");
  });
});

describe("complaints", () => {
  it("gives the resolved share, none when nothing was received", () => {
    expect(resolvedShare(0, 0)).toBeNull();
    expect(resolvedShare(3, 2)).toBe(66.7);
    expect(resolvedShare(4, 4)).toBe(100);
  });
});
