import { describe, expect, it } from "vitest";
import { compareClauses, summarise } from "./report-summary";

describe("summarise", () => {
  it("counts answers per unit and per clause, unanswered as BELUM, clauses in numeric order", () => {
    const [u1, u2] = summarise(
      [{ id: "u1", name: "Bidang A" }, { id: "u2", name: "Bidang B" }],
      [
        { unitId: "u1", clauseCode: "10.2", answer: "KTS_MINOR" },
        { unitId: "u1", clauseCode: "8.1", answer: "SESUAI" },
        { unitId: "u1", clauseCode: "8.1", answer: null },
        { unitId: "u2", clauseCode: null, answer: "OBSERVASI" },
      ],
    );
    expect(u1.counts).toEqual({ SESUAI: 1, KTS_MAYOR: 0, KTS_MINOR: 1, OBSERVASI: 0, TIDAK_BERLAKU: 0, BELUM: 1 });
    expect(u1.clauses.map((c) => c.clauseCode)).toEqual(["8.1", "10.2"]);
    expect(u2.clauses).toEqual([{ clauseCode: "-", counts: expect.objectContaining({ OBSERVASI: 1 }) }]);
  });
  it("orders clause codes as numbers", () => {
    expect(["10.1", "4.2", "9.1", "4.10", "4"].sort(compareClauses)).toEqual(["4", "4.2", "4.10", "9.1", "10.1"]);
  });
});
