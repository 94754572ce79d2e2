import { describe, expect, it } from "vitest";
import { carriedFilters } from "./drill-down";

describe("filters carried from a drill-down link", () => {
  it("names each flag and the period, and keeps their values", () => {
    const carried = carriedFilters({ open: "1", from: "2026-01-01", to: "2026-12-31" });
    expect(carried.map((c) => [c.name, c.value])).toEqual([["open", "1"], ["from", "2026-01-01"], ["to", "2026-12-31"]]);
    expect(carried.map((c) => c.label).filter(Boolean)).toEqual(["Hanya yang masih terbuka", "Periode 1 Januari 2026 – 31 Desember 2026"]);
  });

  it("carries nothing for a plain list, and a half-open period as such", () => {
    expect(carriedFilters({})).toEqual([]);
    expect(carriedFilters({ to: "2026-06-30" })).toEqual([{ name: "to", value: "2026-06-30", label: "Sampai 30 Juni 2026" }]);
  });
});
