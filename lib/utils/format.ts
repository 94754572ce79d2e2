// Dates as Indonesian readers expect them ("5 Maret 2025", "5 Mar 2025 14.30"). Blank values show "—".

type DateInput = Date | string | number | null | undefined;

const dateFormat = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("id-ID", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

function toDate(value: DateInput): Date | null {
  if (value === null || value === undefined || value === "") return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "5 Maret 2025". */
export function formatDate(value: DateInput): string {
  const date = toDate(value);
  return date ? dateFormat.format(date) : "—";
}

/** "5 Mar 2025, 14.30". */
export function formatDateTime(value: DateInput): string {
  const date = toDate(value);
  return date ? dateTimeFormat.format(date) : "—";
}

const calendarDateFormat = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "10 November 2026" of a calendar date kept as a UTC midnight (due dates), whatever the server's zone. */
export function formatCalendarDate(value: DateInput): string {
  const date = toDate(value);
  return date ? calendarDateFormat.format(date) : "—";
}
