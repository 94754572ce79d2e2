// Bulleted section lists whose items wrap over lines: one item per bullet, not per line.
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
