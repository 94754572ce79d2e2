import { describe, expect, it } from "vitest";
import { overviewUnitOptions } from "./overview-unit-options";

const dinsos = { id: "dinsos", name: "Dinas Sosial", path: "/ntt/dinsos/" };
const sekretariat = { id: "sekr", name: "Sekretariat", path: "/ntt/dinsos/sekr/" };
const umum = { id: "umum", name: "Sub Bagian Umum", path: "/ntt/dinsos/sekr/umum/" };
const bidang = { id: "zz-bidang", name: "Bidang Rehabilitasi", path: "/ntt/dinsos/zz-bidang/" };
const bkd = { id: "bkd", name: "BKD", path: "/ntt/bkd/" };

describe("overviewUnitOptions", () => {
  it("lists agencies and units once, as a tree with siblings by name, indented by depth", () => {
    const { units } = overviewUnitOptions({ agencies: [dinsos, bkd], units: [umum, dinsos, sekretariat, bidang] }, "/ntt/dinsos/sekr/umum/");
    expect(units.map((u) => u.label)).toEqual(["BKD", "Dinas Sosial", "— Bidang Rehabilitasi", "— Sekretariat", "— — Sub Bagian Umum"]);
    expect(units.map((u) => u.name)).toEqual(["BKD", "Dinas Sosial", "Bidang Rehabilitasi", "Sekretariat", "Sub Bagian Umum"]);
  });

  it("puts a unit under its nearest listed ancestor when the units between hold nothing", () => {
    const { units } = overviewUnitOptions({ agencies: [dinsos], units: [umum, bidang] }, "/ntt/dinsos/");
    expect(units.map((u) => u.label)).toEqual(["Dinas Sosial", "— Bidang Rehabilitasi", "— Sub Bagian Umum"]);
  });

  it("defaults to the reader's own agency", () => {
    expect(overviewUnitOptions({ agencies: [bkd, dinsos], units: [umum] }, "/ntt/dinsos/sekr/umum/").defaultUnitId).toBe("dinsos");
  });

  it("has no default when the reader's agency holds nothing they may read", () => {
    expect(overviewUnitOptions({ agencies: [bkd], units: [] }, "/ntt/dinsos/").defaultUnitId).toBeNull();
  });

  it("is empty without options", () => {
    expect(overviewUnitOptions({ agencies: [], units: [] }, "/ntt/")).toEqual({ units: [], defaultUnitId: null });
  });
});
