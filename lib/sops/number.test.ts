import { describe, expect, it } from "vitest";
import { isMissingSopNumber, sopNumberText } from "./number";

describe("SOP numbers", () => {
  it("treats a number holding only the year as missing", () => {
    for (const nomor of ["Tahun 2024", ": Tahun 2024", "Tahun2021", "  ", "", null]) {
      expect(isMissingSopNumber(nomor)).toBe(true);
      expect(sopNumberText(nomor)).toBe("Nomor belum tercantum");
    }
  });

  it("keeps a real number as printed", () => {
    for (const nomor of ["99 Tahun 2023", "III Tahun 2023", "SI Tahun 2023", "800/12/DINSOS/2024"]) {
      expect(isMissingSopNumber(nomor)).toBe(false);
      expect(sopNumberText(nomor)).toBe(nomor);
    }
  });
});
