// The three time zones of Indonesia. An agency keeps its zone on its unit; scheduled reminders
// run at REMINDER_HOUR there and count days by its calendar.
export const TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;
export type TimeZone = (typeof TIME_ZONES)[number];
export const TIME_ZONE_LABELS: Record<TimeZone, string> = {
  "Asia/Jakarta": "WIB (UTC+7)",
  "Asia/Makassar": "WITA (UTC+8)",
  "Asia/Jayapura": "WIT (UTC+9)",
};
export const DEFAULT_TIME_ZONE: TimeZone = "Asia/Makassar";

export function isTimeZone(value: string): value is TimeZone {
  return (TIME_ZONES as readonly string[]).includes(value);
}

/** The calendar date at `now` in `timeZone`, as a UTC midnight (how the portal keeps dates). */
export function localDate(now: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(Date.UTC(get("year"), get("month") - 1, get("day")));
}

/** Monday to Friday (reminders wait for the next working day). */
export function isWorkday(date: Date): boolean {
  const day = date.getUTCDay();
  return day !== 0 && day !== 6;
}

/** "2026-11-28" of a UTC-midnight date. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
