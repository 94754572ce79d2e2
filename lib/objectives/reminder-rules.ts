// Pure rules of the sasaran mutu reminders: which unmeasured period deserves which reminder on a
// given local day. Few messages, the right ones: one "due soon" before the due date, one "late"
// to the PIC after it, and one to the unit's manajer mutu when it stays late; nothing older.
import type { MeasurementFrequency } from "./constants";
import { isPeriodExpected, periodCount, periodDueDate, periodLabel, type MeasurementWindow } from "./rules";

/** Days before the due date on which the PIC is reminded (so Friday covers a due date on Monday). */
export const DUE_SOON_DAYS = 3;
/** Days after the due date on which the unit's manajer mutu is told too. */
export const ESCALATE_AFTER_DAYS = 7;
/** Periods whose due date passed longer ago than this are not reminded of any more. */
export const LATE_LOOKBACK_DAYS = 45;
/** A submission waiting this many days reminds its approvers. */
export const APPROVAL_WAITING_DAYS = 3;

const DAY = 86_400_000;

export type ReminderKind = "due" | "late" | "escalated";

export interface PeriodReminder {
  period: number;
  label: string;
  dueDate: Date;
  kinds: ReminderKind[];
}

export function measurementReminders(
  objective: { year: number; frequency: MeasurementFrequency; measuredPeriods: readonly number[]; window: MeasurementWindow | null },
  today: Date,
): PeriodReminder[] {
  const result: PeriodReminder[] = [];
  for (let period = 1; period <= periodCount(objective.frequency); period++) {
    if (objective.measuredPeriods.includes(period)) continue;
    if (!isPeriodExpected(objective.year, objective.frequency, period, objective.window)) continue;
    const dueDate = periodDueDate(objective.year, objective.frequency, period);
    const daysLeft = Math.round((dueDate.getTime() - today.getTime()) / DAY);
    const kinds: ReminderKind[] = [];
    if (daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS) kinds.push("due");
    if (daysLeft < 0 && -daysLeft <= LATE_LOOKBACK_DAYS) {
      kinds.push("late");
      if (-daysLeft >= ESCALATE_AFTER_DAYS) kinds.push("escalated");
    }
    if (kinds.length > 0) result.push({ period, label: periodLabel(objective.frequency, period), dueDate, kinds });
  }
  return result;
}

/** Whole days a submission has waited by `today` (local dates). */
export function daysWaiting(submittedOn: Date, today: Date): number {
  return Math.floor((today.getTime() - submittedOn.getTime()) / DAY);
}
