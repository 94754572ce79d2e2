// Layout of the heatmap: one calendar timeline for every objective. The columns are the periods of
// the most frequently measured objective (Jan…Des when a monthly one is present); an objective
// measured less often spans the columns its period covers (TW I spans Jan–Mar, Semester 2 spans
// Jul–Des, Tahunan spans the whole row), so a row reads left to right through the year.
import { FREQUENCIES } from "@/lib/objectives/constants";
import type { HeatmapRow } from "@/lib/objectives/overview-data";
import { periodCount, periodLabel } from "@/lib/objectives/rules";

/** What a cell shows: the achievement, or why there is none yet. */
export const CELL_STATES = ["TERCAPAI", "TIDAK_TERCAPAI", "TERLAMBAT", "BELUM_DIUKUR", "BERJALAN"] as const;
export type CellState = (typeof CELL_STATES)[number];

export const CELL_STATE_LABELS: Record<CellState, string> = {
  TERCAPAI: "Tercapai",
  TIDAK_TERCAPAI: "Tidak tercapai",
  TERLAMBAT: "Terlambat",
  BELUM_DIUKUR: "Belum diukur",
  BERJALAN: "Berjalan",
};

type Period = HeatmapRow["periods"][number];

/** A measured period shows its result; an unmeasured one is late, still running, or just ended. */
export function cellState(period: Pick<Period, "achievement" | "late" | "open">): CellState {
  if (period.achievement !== "BELUM_DIUKUR") return period.achievement;
  if (period.late) return "TERLAMBAT";
  if (period.open) return "BERJALAN";
  return "BELUM_DIUKUR";
}

export interface HeatmapCell {
  period: number;
  label: string;
  /** Number of columns the cell covers. */
  span: number;
  state: CellState;
  value: number | null;
}

export interface HeatmapLayout {
  /** Column headers, left to right. */
  columns: string[];
  rows: { row: HeatmapRow; cells: HeatmapCell[] }[];
}

function columnLabels(count: number): string[] {
  const frequency = FREQUENCIES.find((f) => periodCount(f) === count);
  if (frequency) return Array.from({ length: count }, (_, i) => periodLabel(frequency, i + 1));
  return Array.from({ length: count }, (_, i) => `Periode ${i + 1}`);
}

export function heatmapLayout(rows: HeatmapRow[]): HeatmapLayout {
  const width = rows.reduce((n, r) => Math.max(n, r.periods.length), 0);
  if (width === 0) return { columns: [], rows: rows.map((row) => ({ row, cells: [] })) };
  return {
    columns: columnLabels(width),
    rows: rows.map((row) => {
      const n = row.periods.length;
      // Column where period i starts; rounding keeps the spans adding up to the width for any count.
      const start = (i: number) => Math.round((i * width) / n);
      return {
        row,
        cells: row.periods.map((p, i) => ({
          period: p.period,
          label: p.label,
          span: start(i + 1) - start(i),
          state: cellState(p),
          value: p.value,
        })),
      };
    }),
  };
}
