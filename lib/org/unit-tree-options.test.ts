import { describe, expect, it } from "vitest";
import { coversListedUnit, unitTreeOptions } from "./unit-tree-options";

const units = [
  { id: "u3", name: "Sub Bagian Umum", path: "/a/s/u3/" },
  { id: "b", name: "Biro Organisasi", path: "/b/" },
  { id: "a", name: "Dinas Sosial", path: "/a/" },
  { id: "s", name: "Sekretariat", path: "/a/s/" },
  { id: "k", name: "Bidang Rehabilitasi", path: "/a/k/" },
];

describe("unitTreeOptions", () => {
  it("puts each unit under its parent, siblings by name, indented by depth", () => {
    expect(unitTreeOptions(units).map((o) => o.label)).toEqual([
      "Biro Organisasi",
      "Dinas Sosial",
      "— Bidang Rehabilitasi",
      "— Sekretariat",
      "— — Sub Bagian Umum",
    ]);
  });

  it("indents under the nearest listed ancestor when one in between is missing", () => {
    const withoutSekretariat = units.filter((u) => u.id !== "s");
    expect(unitTreeOptions(withoutSekretariat).map((o) => o.label)).toContain("— Sub Bagian Umum");
  });

  it("labels units with the given function and keeps ids as values", () => {
    const options = unitTreeOptions(units.slice(0, 2), (u) => `${u.name} (${u.id})`);
    expect(options).toEqual([
      { value: "b", label: "Biro Organisasi (b)" },
      { value: "u3", label: "Sub Bagian Umum (u3)" },
    ]);
  });
});

describe("coversListedUnit", () => {
  const listed = [{ id: "b", name: "Bidang", path: "/a/b/" }, { id: "c", name: "Seksi", path: "/a/b/c/" }];
  it("keeps a listed unit and a unit above one, and nothing else", () => {
    expect(coversListedUnit(listed, "c")).toBe(true);
    expect(coversListedUnit(listed, "a")).toBe(true);
    expect(coversListedUnit(listed, "z")).toBe(false);
    expect(coversListedUnit(listed, undefined)).toBe(false);
  });
});
