// Pure rules of sasaran mutu: the workflow table, measurement periods, achievement.
import {
  MEASUREMENT_GRACE_DAYS,
  type Achievement,
  type MeasurementFrequency,
  type ObjectiveStatus,
  type TargetDirection,
} from "./constants";

/** A draft or returned objective is edited in place; an approved one is revised (new revision). */
export const EDITABLE_STATUSES: readonly ObjectiveStatus[] = ["DRAF", "DIKEMBALIKAN"];

const PERIODS: Record<MeasurementFrequency, number> = { BULANAN: 12, TRIWULANAN: 4, SEMESTERAN: 2, TAHUNAN: 1 };

export function periodCount(frequency: MeasurementFrequency): number {
  return PERIODS[frequency];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

export function periodLabel(frequency: MeasurementFrequency, period: number): string {
  switch (frequency) {
    case "BULANAN":
      return MONTHS[period - 1];
    case "TRIWULANAN":
      return `TW ${["I", "II", "III", "IV"][period - 1]}`;
    case "SEMESTERAN":
      return `Semester ${period}`;
    case "TAHUNAN":
      return "Tahunan";
  }
}

/** The last day of a period (UTC date). */
export function periodEnd(year: number, frequency: MeasurementFrequency, period: number): Date {
  const monthsPerPeriod = 12 / PERIODS[frequency];
  const lastMonth = period * monthsPerPeriod; // 1-based month that closes the period
  return new Date(Date.UTC(year, lastMonth, 0));
}

/** The first day of a period (UTC date). */
export function periodStart(year: number, frequency: MeasurementFrequency, period: number): Date {
  return new Date(Date.UTC(year, (period - 1) * (12 / PERIODS[frequency]), 1));
}

/** The period a date falls in, for a year (null when the date is outside the year). */
export function periodOf(date: Date, year: number, frequency: MeasurementFrequency): number | null {
  if (date.getUTCFullYear() !== year) return null;
  return Math.floor(date.getUTCMonth() / (12 / PERIODS[frequency])) + 1;
}

export interface TargetSpec {
  direction: TargetDirection;
  target: number | null;
  targetLow: number | null;
  targetHigh: number | null;
}

// Values are compared at a precision finer than anyone writes a target, so 94.99999999 (from a
// division) counts as 95 and floating-point noise never flips a result.
const EPSILON = 1e-9;

/** Is the realised value on target? ISO 9001 6.2.1 b: objectives are measurable. */
export function isAchieved(spec: TargetSpec, value: number): boolean {
  switch (spec.direction) {
    case "MINIMAL":
      return spec.target !== null && value >= spec.target - EPSILON;
    case "MAKSIMAL":
      return spec.target !== null && value <= spec.target + EPSILON;
    case "TEPAT":
      return spec.target !== null && Math.abs(value - spec.target) <= EPSILON * Math.max(1, Math.abs(spec.target));
    case "RENTANG":
      return spec.targetLow !== null && spec.targetHigh !== null && value >= spec.targetLow - EPSILON && value <= spec.targetHigh + EPSILON;
  }
}

export interface PeriodState {
  period: number;
  achievement: Achievement;
  /** Expected, not measured, and past its due date. */
  late: boolean;
  /** The period has not ended yet (nothing is expected of it). */
  open: boolean;
  /** The last day to record the period: its end plus the grace days (UTC date). */
  dueDate: Date;
}

const DAY = 86_400_000;

/** The last day to record a period's measurement: the period's end plus MEASUREMENT_GRACE_DAYS. */
export function periodDueDate(year: number, frequency: MeasurementFrequency, period: number): Date {
  return new Date(periodEnd(year, frequency, period).getTime() + MEASUREMENT_GRACE_DAYS * DAY);
}

/**
 * When an objective expects measurements: from its first approval (a period that had already
 * ended then is not due) until it is closed. null: nothing is expected (not approved yet).
 */
export interface MeasurementWindow {
  from: Date;
  until: Date | null;
}

export function measurementWindow(objective: { approvedAt: Date | null; closedAt?: Date | null }): MeasurementWindow | null {
  return objective.approvedAt ? { from: objective.approvedAt, until: objective.closedAt ?? null } : null;
}

/** Is a period expected to be measured at all under the window? */
export function isPeriodExpected(year: number, frequency: MeasurementFrequency, period: number, window: MeasurementWindow | null): boolean {
  if (!window) return false;
  const start = periodStart(year, frequency, period).getTime();
  const endOfLastDay = periodEnd(year, frequency, period).getTime() + DAY - 1;
  return endOfLastDay >= window.from.getTime() && (window.until === null || start <= window.until.getTime());
}

export function periodState(
  year: number,
  frequency: MeasurementFrequency,
  period: number,
  measurement: (TargetSpec & { value: number }) | null,
  today: Date,
  window: MeasurementWindow | null,
): PeriodState {
  const end = periodEnd(year, frequency, period);
  const dueDate = periodDueDate(year, frequency, period);
  const open = today.getTime() <= end.getTime() + DAY - 1;
  if (measurement) {
    return { period, achievement: isAchieved(measurement, measurement.value) ? "TERCAPAI" : "TIDAK_TERCAPAI", late: false, open, dueDate };
  }
  const late = today.getTime() >= dueDate.getTime() + DAY && isPeriodExpected(year, frequency, period, window);
  return { period, achievement: "BELUM_DIUKUR", late, open, dueDate };
}

/** A target as people read it: "≥ 95 %", "80–90 indeks". */
export function describeTarget(spec: TargetSpec, unit: string, format: (n: number) => string): string {
  if (spec.direction === "RENTANG") {
    return `${format(spec.targetLow ?? 0)}–${format(spec.targetHigh ?? 0)} ${unit}`.trim();
  }
  const symbol = { MINIMAL: "≥", MAKSIMAL: "≤", TEPAT: "=" }[spec.direction];
  return `${symbol} ${format(spec.target ?? 0)} ${unit}`.trim();
}

/**
 * Plausible values of a measurement. The measure unit sets the natural bounds and the objective
 * may narrow them (`valueMin`/`valueMax`, e.g. an index scored 1–4):
 * - a percentage ("%", "persen", "prosen") lies in 0–100;
 * - a count or a duration (COUNT_UNITS: "orang", "dokumen", "laporan", "kali", "hari", "hari kerja",
 *   "jam", "menit", ... matched on the unit's first word, case-insensitive) is never negative;
 * - any other unit ("indeks", "nilai", "skor") has no natural bound: only the objective's own.
 * The objective's bounds are intersected with the natural ones, never widen them.
 */
export interface ValueBounds {
  min: number | null;
  max: number | null;
}

export const PERCENT_UNITS: readonly string[] = ["%", "persen", "prosen"];
export const COUNT_UNITS: readonly string[] = [
  "orang", "dokumen", "laporan", "kali", "hari", "jam", "menit", "minggu", "bulan", "kegiatan", "berkas", "buah",
  "unit", "paket", "sop", "temuan", "surat", "pengaduan", "layanan", "peserta", "responden", "rupiah", "rp", "jp",
];

export function naturalBounds(measureUnit: string): ValueBounds {
  const unit = measureUnit.trim().toLowerCase();
  if (PERCENT_UNITS.includes(unit) || unit.startsWith("%")) return { min: 0, max: 100 };
  const first = unit.split(/[\s/.,()-]+/).find((word) => word !== "") ?? "";
  if (COUNT_UNITS.includes(first)) return { min: 0, max: null };
  return { min: null, max: null };
}

export function valueBounds(measureUnit: string, own: { valueMin?: number | null; valueMax?: number | null } = {}): ValueBounds {
  const natural = naturalBounds(measureUnit);
  const pick = (a: number | null, b: number | null | undefined, f: (x: number, y: number) => number) =>
    a === null ? (b ?? null) : b === null || b === undefined ? a : f(a, b);
  return { min: pick(natural.min, own.valueMin, Math.max), max: pick(natural.max, own.valueMax, Math.min) };
}

/** Why a value is implausible for its bounds (Indonesian, for the `value` field), or null. */
export function valueOutOfBounds(value: number, bounds: ValueBounds, unit: string, format: (n: number) => string): string | null {
  const withUnit = (n: number) => `${format(n)} ${unit}`.trim();
  const { min, max } = bounds;
  if ((min !== null && value < min - EPSILON) || (max !== null && value > max + EPSILON)) {
    if (min !== null && max !== null) return `Nilai harus antara ${withUnit(min)} dan ${withUnit(max)}.`;
    if (min !== null) return min === 0 ? `Nilai tidak boleh negatif.` : `Nilai paling kecil ${withUnit(min)}.`;
    return `Nilai paling besar ${withUnit(max as number)}.`;
  }
  return null;
}

/** Bounds as people read them: "0–100 %", "≥ 0 orang"; null when there are none. */
export function describeBounds(bounds: ValueBounds, unit: string, format: (n: number) => string): string | null {
  const u = unit.trim();
  if (bounds.min !== null && bounds.max !== null) return `${format(bounds.min)}–${format(bounds.max)} ${u}`.trim();
  if (bounds.min !== null) return `≥ ${format(bounds.min)} ${u}`.trim();
  if (bounds.max !== null) return `≤ ${format(bounds.max)} ${u}`.trim();
  return null;
}
