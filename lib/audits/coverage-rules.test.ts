import { describe, expect, it } from "vitest";
import { calendarMonths, coverageMatrix, mainClauseOf } from "./coverage-rules";

describe("mainClauseOf", () => {
  it("maps sub-clauses to their main clause and refuses clauses without requirements", () => {
    expect(mainClauseOf("7.5.3")).toBe("7");
    expect(mainClauseOf("10")).toBe("10");
    expect(mainClauseOf("1")).toBeNull();
    expect(mainClauseOf("11.2")).toBeNull();
  });
});

describe("coverageMatrix", () => {
  const jan = new Date(Date.UTC(2026, 0, 10));
  it("marks audited over planned, and planned over not covered", () => {
    const m = coverageMatrix(
      ["a", "b"],
      [{ unitIds: ["a", "b"], clauses: ["7", "8.5"], startMonth: 3, endMonth: 4 }],
      [
        { unitIds: ["a"], clauses: ["7.5"], status: "SELESAI", startDate: jan },
        { unitIds: ["b"], clauses: ["9.1"], status: "DIRENCANAKAN", startDate: jan },
        { unitIds: ["b"], clauses: ["10"], status: "DIBATALKAN", startDate: jan },
      ],
    );
    expect(m.a).toEqual({ "4": "BELUM", "5": "BELUM", "6": "BELUM", "7": "DIAUDIT", "8": "DIRENCANAKAN", "9": "BELUM", "10": "BELUM" });
    expect(m.b).toEqual({ "4": "BELUM", "5": "BELUM", "6": "BELUM", "7": "DIRENCANAKAN", "8": "DIRENCANAKAN", "9": "DIRENCANAKAN", "10": "BELUM" });
  });

  it("ignores units outside the matrix", () => {
    expect(Object.keys(coverageMatrix(["a"], [{ unitIds: ["x"], clauses: ["4"], startMonth: 1, endMonth: 1 }], []))).toEqual(["a"]);
  });
});

describe("calendarMonths", () => {
  it("spreads a round over its months and counts audits held and scheduled in the month they start", () => {
    const cells = calendarMonths(
      [{ name: "Putaran I", unitIds: ["a"], clauses: ["4"], startMonth: 3, endMonth: 4 }],
      [
        { unitIds: ["a"], clauses: [], status: "SELESAI", startDate: new Date(Date.UTC(2026, 2, 10)) },
        { unitIds: ["b"], clauses: [], status: "PERSIAPAN", startDate: new Date(Date.UTC(2026, 8, 1)) },
      ],
      null,
    );
    expect(cells[2]).toEqual({ planned: ["Putaran I"], held: 1, scheduled: 0 });
    expect(cells[3].planned).toEqual(["Putaran I"]);
    expect(cells[8]).toEqual({ planned: [], held: 0, scheduled: 1 });
  });

  it("shows one unit's row only with its own rounds and audits", () => {
    const cells = calendarMonths(
      [{ name: "Putaran I", unitIds: ["a"], clauses: ["4"], startMonth: 3, endMonth: 3 }],
      [{ unitIds: ["a"], clauses: [], status: "SELESAI", startDate: new Date(Date.UTC(2026, 2, 10)) }],
      "b",
    );
    expect(cells.every((c) => c.planned.length === 0 && c.held === 0)).toBe(true);
  });
});
