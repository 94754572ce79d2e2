// Section lists and labels wrapped over lines: one item per bullet, one label over a label column.
import { describe, expect, it } from "vitest";
import { SectionCollector } from "./sections";

function collect(lines: string[][]): SectionCollector {
  const sections = new SectionCollector();
  lines.forEach((cells, i) => sections.feed(cells, i + 1));
  return sections;
}

describe("bulleted section lists", () => {
  it("joins the wrapped lines of each '•' item", () => {
    const s = collect([
      ["Kualifikasi Pelaksana :"],
      ["• Berpendidikan paling rendah"],
      ["  SMA atau sederajat"],
      ["• Menguasai aplikasi"],
      ["  Persuratan Elektronik (SRIKANDI)"],
    ]);
    expect(s.items("kualifikasi")).toEqual([
      "Berpendidikan paling rendah SMA atau sederajat",
      "Menguasai aplikasi Persuratan Elektronik (SRIKANDI)",
    ]);
  });

  it("keeps one item per line when the lines carry no bullets", () => {
    const s = collect([["Peralatan :"], ["Komputer"], ["Printer"], ["Jaringan Internet"]]);
    expect(s.items("peralatan")).toEqual(["Komputer", "Printer", "Jaringan Internet"]);
  });
});

describe("a section label wrapped in a narrow label column", () => {
  it("reads 'Dasar' / 'Hukum' beside the items as the Dasar Hukum label", () => {
    const s = collect([
      ["Dasar", "1. Peraturan Daerah Nomor 3 Tahun 2016"],
      ["Hukum", "2. Peraturan Bupati Nomor 12 Tahun 2020"],
      ["Peralatan/", "a. Komputer"],
      ["Perlengkapan", "b. Stempel"],
    ]);
    expect(s.items("dasar_hukum")).toEqual(["Peraturan Daerah Nomor 3 Tahun 2016", "Peraturan Bupati Nomor 12 Tahun 2020"]);
    expect(s.items("peralatan")).toEqual(["Komputer", "Stempel"]);
    expect(s.warnings).toEqual([]);
  });

  it("does not take the first word of an item's text for a label", () => {
    const s = collect([["Peringatan :"], ["Dasar pengenaan tarif harus diperiksa"]]);
    expect(s.has("dasar_hukum")).toBe(false);
    expect(s.text("peringatan")).toBe("Dasar pengenaan tarif harus diperiksa");
  });
});
