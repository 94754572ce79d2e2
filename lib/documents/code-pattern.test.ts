import { describe, expect, it } from "vitest";
import { formatDocumentCode, nextSequence, patternOf, patternProblem, unitCodeName } from "./code-pattern";

const parts = { type: "SOP", agency: "Dinsos", unit: "Subbag Kepum", year: 2026, number: 7 };

describe("formatDocumentCode", () => {
  it("fills every placeholder", () => {
    expect(formatDocumentCode("{TYPE}/{AGENCY}/{UNIT}/{YEAR}/{NN}", parts)).toBe("SOP/DINSOS/SUBBAG-KEPUM/2026/07");
  });

  it("pads the number to two or three digits and never cuts a larger one", () => {
    expect(formatDocumentCode("{TYPE}-{NNN}", parts)).toBe("SOP-007");
    expect(formatDocumentCode("{TYPE}-{NN}", { ...parts, number: 123 })).toBe("SOP-123");
  });

  it("keeps the literal text of the pattern", () => {
    expect(formatDocumentCode("QMS.{AGENCY}.{TYPE}.{NN}", parts)).toBe("QMS.DINSOS.SOP.07");
  });
});

describe("patternProblem", () => {
  it("accepts the default pattern", () => {
    expect(patternProblem("{TYPE}/{AGENCY}/{NN}")).toBeNull();
  });

  it("needs exactly one sequence number", () => {
    expect(patternProblem("{TYPE}/{AGENCY}")).toMatch(/tepat satu nomor urut/);
    expect(patternProblem("{NN}-{NNN}")).toMatch(/tepat satu nomor urut/);
  });

  it("refuses unknown placeholders, stray braces and blanks", () => {
    expect(patternProblem("{TIPE}/{NN}")).toMatch(/\{TIPE\} tidak dikenal/);
    expect(patternProblem("{TYPE}/{NN}}")).toMatch(/Kurung kurawal/);
    expect(patternProblem("  ")).toMatch(/wajib diisi/);
  });
});

describe("patternOf", () => {
  it("takes the agency's pattern of the type, else the default", () => {
    expect(patternOf({ FORMULIR: "F-{NNN}" }, "FORMULIR", "{TYPE}/{NN}")).toBe("F-{NNN}");
    expect(patternOf({ FORMULIR: "F-{NNN}" }, "REKAMAN", "{TYPE}/{NN}")).toBe("{TYPE}/{NN}");
  });

  it("ignores a broken stored pattern", () => {
    expect(patternOf({ FORMULIR: "F-{X}" }, "FORMULIR", "{TYPE}/{NN}")).toBe("{TYPE}/{NN}");
    expect(patternOf(null, "FORMULIR", "{TYPE}/{NN}")).toBe("{TYPE}/{NN}");
  });
});

describe("unitCodeName", () => {
  it("takes a one-word short name, else the last part of the unit's code", () => {
    expect(unitCodeName({ shortName: "BPSMB", code: "kaltim.disperindagkop.bpsmb" })).toBe("BPSMB");
    expect(unitCodeName({ shortName: "Dinas Sosial", code: "ntt.dinsos" })).toBe("DINSOS");
    expect(unitCodeName({ shortName: null, code: "ntt.dinsos.sekretariat.kepum" })).toBe("KEPUM");
  });
});

describe("nextSequence", () => {
  const parts = { type: "FRM", agency: "DINSOS", unit: "KEPUM", year: 2026 };
  it("continues after the highest number that follows the pattern, ignoring other codes", () => {
    expect(nextSequence("{TYPE}/{AGENCY}/{NN}", parts, ["FRM/DINSOS/01", "FRM/DINSOS/03", "FRM/DINSOS/R05", "FRM/BPSMB/09"])).toBe(4);
    expect(nextSequence("{TYPE}/{AGENCY}/{NN}", parts, [])).toBe(1);
  });
  it("reads numbers wider than the padding and patterns with the number in the middle", () => {
    expect(nextSequence("{TYPE}/{AGENCY}/{NN}", parts, ["FRM/DINSOS/120"])).toBe(121);
    expect(nextSequence("{AGENCY}-{NNN}-{YEAR}", parts, ["DINSOS-007-2026", "DINSOS-009-2025"])).toBe(8);
  });
});
