import { describe, expect, it } from "vitest";
import type { HeatmapRow } from "@/lib/objectives/overview-data";
import { periodLabel } from "@/lib/objectives/rules";
import { cellState, heatmapLayout } from "./overview-heatmap-layout";

type Frequency = "BULANAN" | "TRIWULANAN" | "SEMESTERAN" | "TAHUNAN";
const COUNTS: Record<Frequency, number> = { BULANAN: 12, TRIWULANAN: 4, SEMESTERAN: 2, TAHUNAN: 1 };

function row(code: string, frequency: Frequency): HeatmapRow {
  return {
    id: code, code, statement: `Sasaran ${code}`, unitName: "Sekretariat", frequency,
    periods: Array.from({ length: COUNTS[frequency] }, (_, i) => ({
      period: i + 1, label: periodLabel(frequency, i + 1), achievement: "TERCAPAI" as const, late: false, open: false, value: 90 + i, dueDate: new Date(Date.UTC(2026, i + 1, 10)),
    })),
  };
}

describe("cellState", () => {
  it("shows a measured period's result, even while the period runs", () => {
    expect(cellState({ achievement: "TERCAPAI", late: false, open: true })).toBe("TERCAPAI");
    expect(cellState({ achievement: "TIDAK_TERCAPAI", late: false, open: false })).toBe("TIDAK_TERCAPAI");
  });

  it("tells late, running and just-ended unmeasured periods apart", () => {
    expect(cellState({ achievement: "BELUM_DIUKUR", late: true, open: false })).toBe("TERLAMBAT");
    expect(cellState({ achievement: "BELUM_DIUKUR", late: false, open: true })).toBe("BERJALAN");
    expect(cellState({ achievement: "BELUM_DIUKUR", late: false, open: false })).toBe("BELUM_DIUKUR");
  });
});

describe("heatmapLayout", () => {
  it("uses months as columns when a monthly objective is present, and spans the others", () => {
    const layout = heatmapLayout([row("SM-01", "BULANAN"), row("SM-02", "TRIWULANAN"), row("SM-03", "SEMESTERAN"), row("SM-04", "TAHUNAN")]);
    expect(layout.columns).toEqual(["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]);
    expect(layout.rows.map((r) => r.cells.map((c) => c.span))).toEqual([
      Array(12).fill(1),
      [3, 3, 3, 3],
      [6, 6],
      [12],
    ]);
    expect(layout.rows[1].cells.map((c) => c.label)).toEqual(["TW I", "TW II", "TW III", "TW IV"]);
  });

  it("uses the widest frequency present as columns", () => {
    const layout = heatmapLayout([row("SM-02", "SEMESTERAN"), row("SM-03", "TRIWULANAN"), row("SM-04", "TAHUNAN")]);
    expect(layout.columns).toEqual(["TW I", "TW II", "TW III", "TW IV"]);
    expect(layout.rows.map((r) => r.cells.map((c) => c.span))).toEqual([[2, 2], [1, 1, 1, 1], [4]]);
  });

  it("covers every column of every row exactly once", () => {
    const layout = heatmapLayout([row("A", "TAHUNAN"), row("B", "SEMESTERAN"), row("C", "BULANAN")]);
    for (const r of layout.rows) expect(r.cells.reduce((n, c) => n + c.span, 0)).toBe(layout.columns.length);
  });

  it("keeps the value and the state of each period", () => {
    const layout = heatmapLayout([row("SM-02", "SEMESTERAN")]);
    expect(layout.rows[0].cells).toEqual([
      { period: 1, label: "Semester 1", span: 1, state: "TERCAPAI", value: 90 },
      { period: 2, label: "Semester 2", span: 1, state: "TERCAPAI", value: 91 },
    ]);
  });

  it("has no columns without rows", () => {
    expect(heatmapLayout([])).toEqual({ columns: [], rows: [] });
  });
});
