// How an objective's change history reads: its fields in Indonesian and its values as the screens
// show them ("95,5 %", "Agu 2026", "Tercapai", "Disetujui (aktif)"). Pure: the page gives the
// objective's context (frequency, year, measure unit, names of the unit and the people).
import { DEFAULT_IGNORED, type DiffOptions } from "../activity/diff";
import { formatDecimal } from "../utils/number";
import {
  DIRECTION_LABELS,
  FREQUENCY_LABELS,
  OBJECTIVE_STATUS_LABELS,
  PERSPECTIVE_LABELS,
  REVISION_STATUS_LABELS,
  type MeasurementFrequency,
} from "./constants";
import { periodLabel } from "./rules";

export interface ObjectiveHistoryContext {
  frequency: MeasurementFrequency;
  year: number;
  measureUnit: string;
  /** Ids of the unit and the people named in the rows → their names. */
  names: Record<string, string>;
}

export const OBJECTIVE_FIELD_LABELS: Record<string, string> = {
  unitId: "unit", year: "tahun", code: "kode", statement: "pernyataan", perspective: "perspektif", indicator: "indikator",
  formula: "rumus", measureUnit: "satuan", direction: "arah target", target: "target", targetLow: "batas bawah",
  targetHigh: "batas atas", baseline: "baseline", valueMin: "nilai terkecil", valueMax: "nilai terbesar", frequency: "frekuensi",
  ownerId: "PIC", dataSource: "sumber data", processes: "proses terkait", commitmentNo: "komitmen", status: "status",
  revisionNo: "revisi", period: "periode", value: "realisasi", achieved: "hasil", catatan: "catatan",
};

/** Fields holding a measured quantity, shown with the measure unit. */
const QUANTITIES = new Set(["value", "target", "targetLow", "targetHigh", "baseline", "valueMin", "valueMax"]);

const labelOf = <K extends string>(labels: Record<K, string>, value: unknown) =>
  typeof value === "string" && value in labels ? labels[value as K] : undefined;

/**
 * A revision's workflow rows carry `revisionNo` and `status` but no definition (`code`): their
 * status is the revision's ("Revisi diajukan"), not the objective's.
 */
const isRevisionRow = (snapshot: Record<string, unknown>) => "revisionNo" in snapshot && !("code" in snapshot) && !("statement" in snapshot);

export function objectiveHistoryOptions(context: ObjectiveHistoryContext): DiffOptions {
  const format = (field: string, value: unknown, snapshot: Record<string, unknown>): string | undefined => {
    if (QUANTITIES.has(field) && typeof value === "number") {
      const unit = typeof snapshot.measureUnit === "string" ? snapshot.measureUnit : context.measureUnit;
      return `${formatDecimal(value)} ${unit}`.trim();
    }
    switch (field) {
      case "period": {
        const frequency = labelOf(FREQUENCY_LABELS, snapshot.frequency) ? (snapshot.frequency as MeasurementFrequency) : context.frequency;
        const year = typeof snapshot.year === "number" ? snapshot.year : context.year;
        return typeof value === "number" ? `${periodLabel(frequency, value)} ${year}` : undefined;
      }
      case "achieved":
        return typeof value === "boolean" ? (value ? "Tercapai" : "Tidak tercapai") : undefined;
      case "status":
        return isRevisionRow(snapshot) ? labelOf(REVISION_STATUS_LABELS, value) : labelOf(OBJECTIVE_STATUS_LABELS, value);
      case "perspective":
        return labelOf(PERSPECTIVE_LABELS, value);
      case "direction":
        return labelOf(DIRECTION_LABELS, value);
      case "frequency":
        return labelOf(FREQUENCY_LABELS, value);
      case "unitId":
      case "ownerId":
        return typeof value === "string" ? (context.names[value] ?? "(tidak dikenal)") : undefined;
      case "year":
        return String(value);
      case "commitmentNo":
        return typeof value === "number" ? `nomor ${value}` : undefined;
      default:
        return undefined;
    }
  };
  return {
    fieldLabels: OBJECTIVE_FIELD_LABELS,
    format,
    contextFields: ["period", "revisionNo"],
    ignore: [...DEFAULT_IGNORED, "policyId", "sopIds", "createdById", "approvedAt", "sops", "unit"],
    maxSnapshotFields: 8,
  };
}
