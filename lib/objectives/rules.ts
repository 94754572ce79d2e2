// Pure rules of sasaran mutu: the workflow table, measurement periods, achievement.
import {
  MEASUREMENT_GRACE_DAYS,
  type Achievement,
  type MeasurementFrequency,
  type ObjectiveStatus,
  type TargetDirection,
} from "./constants";

/** The workflow: which transition leads from which status to which, and who may take it. */
export const OBJECTIVE_TRANSITIONS = {
  submit: { from: ["DRAF", "DIKEMBALIKAN"], to: "DIAJUKAN", permission: "objective.manage" },
  approve: { from: ["DIAJUKAN"], to: "DISETUJUI", permission: "objective.approve" },
  return: { from: ["DIAJUKAN"], to: "DIKEMBALIKAN", permission: "objective.approve" },
  close: { from: ["DISETUJUI"], to: "DITUTUP", permission: "objective.close" },
} as const satisfies Record<string, { from: readonly ObjectiveStatus[]; to: ObjectiveStatus; permission: string }>;

export type ObjectiveTransition = keyof typeof OBJECTIVE_TRANSITIONS;

export const TRANSITION_LABELS: Record<ObjectiveTransition, string> = {
  submit: "Ajukan",
  approve: "Setujui",
  return: "Kembalikan",
  close: "Tutup",
};

export function canTransition(status: ObjectiveStatus, transition: ObjectiveTransition): boolean {
  return (OBJECTIVE_TRANSITIONS[transition].from as readonly ObjectiveStatus[]).includes(status);
}

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
  /** Not measured and past its end plus the grace days. */
  late: boolean;
  /** The period has not ended yet (nothing is expected of it). */
  open: boolean;
}

export function periodState(
  year: number,
  frequency: MeasurementFrequency,
  period: number,
  measurement: (TargetSpec & { value: number }) | null,
  today: Date,
): PeriodState {
  const end = periodEnd(year, frequency, period);
  const open = today.getTime() <= end.getTime() + 86_400_000 - 1;
  if (measurement) {
    return { period, achievement: isAchieved(measurement, measurement.value) ? "TERCAPAI" : "TIDAK_TERCAPAI", late: false, open };
  }
  const due = end.getTime() + (MEASUREMENT_GRACE_DAYS + 1) * 86_400_000;
  return { period, achievement: "BELUM_DIUKUR", late: today.getTime() >= due, open };
}

/** A target as people read it: "≥ 95 %", "80–90 indeks". */
export function describeTarget(spec: TargetSpec, unit: string, format: (n: number) => string): string {
  if (spec.direction === "RENTANG") {
    return `${format(spec.targetLow ?? 0)}–${format(spec.targetHigh ?? 0)} ${unit}`.trim();
  }
  const symbol = { MINIMAL: "≥", MAKSIMAL: "≤", TEPAT: "=" }[spec.direction];
  return `${symbol} ${format(spec.target ?? 0)} ${unit}`.trim();
}

/** The workflow of a Kebijakan Mutu (ISO 9001 5.2: established by top management). */
export const POLICY_TRANSITIONS = {
  submit: { from: ["DRAF", "DIKEMBALIKAN"], to: "DIAJUKAN", permission: "policy.manage" },
  approve: { from: ["DIAJUKAN"], to: "DISETUJUI", permission: "policy.approve" },
  return: { from: ["DIAJUKAN"], to: "DIKEMBALIKAN", permission: "policy.approve" },
} as const;

export type PolicyTransition = keyof typeof POLICY_TRANSITIONS;
