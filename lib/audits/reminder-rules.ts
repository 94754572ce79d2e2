// When an audit's team and auditees are reminded of its start (pure): 14 days and 1 day before,
// counted on the agency's calendar. A reminder that would fall on a weekend is sent on the working
// day before the next one would be due: the 14-day one on the first working day within 14 days,
// the 1-day one on the last working day before the start (Friday for a Monday audit).
import { isWorkday } from "../org/time-zones";

export const AUDIT_REMINDER_DAYS = [14, 1] as const;
export type AuditReminder = (typeof AUDIT_REMINDER_DAYS)[number];
const DAY_MS = 86_400_000;

export function daysUntil(today: Date, startDate: Date): number {
  return Math.round((startDate.getTime() - today.getTime()) / DAY_MS);
}

/** The next working day after `date` (both UTC midnights). */
function nextWorkday(date: Date): Date {
  let next = new Date(date.getTime() + DAY_MS);
  while (!isWorkday(next)) next = new Date(next.getTime() + DAY_MS);
  return next;
}

/** Which reminder is due today (a working day), or null. The later one wins when both apply. */
export function auditReminderDue(today: Date, startDate: Date): AuditReminder | null {
  const days = daysUntil(today, startDate);
  if (days < 1) return null;
  if (nextWorkday(today).getTime() >= startDate.getTime()) return 1;
  return days <= 14 ? 14 : null;
}
