import { describe, expect, it } from "vitest";
import { formatDestructionNumber, methodLabel, witnessesOf } from "./destruction-rules";

describe("Berita Acara Pemusnahan", () => {
  it("is numbered per agency and year", () => {
    expect(formatDestructionNumber("Dinas Sosial", 2026, 3)).toBe("BAP/DINAS-SOSIAL/2026/03");
    expect(formatDestructionNumber("", 2026, 12)).toBe("BAP/PD/2026/12");
  });

  it("reads its witnesses back, dropping what is not a witness", () => {
    expect(witnessesOf([{ name: "A", nip: "", position: "Sekretaris" }, { nip: "1" }, null])).toEqual([{ name: "A", nip: null, position: "Sekretaris" }]);
    expect(witnessesOf("x")).toEqual([]);
  });

  it("names the method in Indonesian, keeping an unknown one as written", () => {
    expect(methodLabel("DICACAH")).toMatch(/Dicacah/);
    expect(methodLabel("Cara lain")).toBe("Cara lain");
    expect(methodLabel(null)).toBe("-");
  });
});
