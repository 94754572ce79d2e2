import { describe, expect, it } from "vitest";
import { collapseLetterSpacing, repairSpacing } from "./layout-spacing";
import { textToPages } from "./layout-text";

const texts = (line: string) => textToPages(line)[0].lines[0].chunks.map((c) => c.text);

describe("collapseLetterSpacing", () => {
  it("collapses single letters kept apart by single spaces", () => {
    expect(collapseLetterSpacing("K E T E R A N G A N")).toBe("KETERANGAN");
    expect(collapseLetterSpacing("T g l .")).toBe("Tgl.");
    expect(collapseLetterSpacing("R e v i s i :")).toBe("Revisi :");
  });
  it("leaves words, two letters, numbers and neighbouring marks alone", () => {
    expect(collapseLetterSpacing("Kasi PIAK")).toBe("Kasi PIAK");
    expect(collapseLetterSpacing("N O")).toBe("N O");
    expect(collapseLetterSpacing("- 2 -")).toBe("- 2 -");
    expect(collapseLetterSpacing("x v x")).toBe("x v x");
  });
});

describe("repairSpacing through textToPages", () => {
  it("joins a label written with double spaces, colon included", () => {
    expect(texts("  Tanggal  Efektif  :    1 Mei 2023")).toEqual(["Tanggal Efektif :", "1 Mei 2023"]);
    expect(texts("KUALIFIKASI  PELAKSANA  :        KETERKAITAN  :")).toEqual(["KUALIFIKASI PELAKSANA :", "KETERKAITAN :"]);
  });
  it("joins letter-spaced label words into the label", () => {
    expect(texts("  D i s a h k a n  o l e h   : Sekretaris Daerah")).toEqual(["Disahkan oleh", ": Sekretaris Daerah"]);
  });
  it("reads a letter-spaced, double-spaced procedure header as its labels", () => {
    expect(texts("N O   T A H A P A N  K E G I A T A N      PELAKSANA        M U T U   B A K U")).toEqual([
      "NO",
      "TAHAPAN KEGIATAN",
      "PELAKSANA",
      "MUTU BAKU",
    ]);
  });
  it("joins an organisation line in capitals with double spaces, not cells further apart", () => {
    expect(texts("  SEKRETARIAT  DAERAH  KOTA  TERNATE        Nomor SOP : 1/2")).toEqual([
      "SEKRETARIAT DAERAH KOTA TERNATE",
      "Nomor SOP : 1/2",
    ]);
    expect(texts("Lurah   Camat   Staf")).toEqual(["Lurah", "Camat", "Staf"]);
  });
  it("keeps two label cells apart when each is already a whole label", () => {
    expect(repairSpacing([
      { text: "Kelengkapan", x0: 0, x1: 11 },
      { text: "Waktu", x0: 13, x1: 18 },
    ]).map((c) => c.text)).toEqual(["Kelengkapan", "Waktu"]);
  });
  it("keeps a page number like '- 1 -' as printed", () => {
    expect(texts("        - 1 -")).toEqual(["- 1 -"]);
  });
});
