// Standard time (waktu baku) in words, as an Indonesian reader writes it: "1 jam 35 menit",
// "1 hari kerja", "2 hari 3 jam". A day is a working day of 450 minutes (7.5 hours), the same
// day the importer uses to read "1 Hari" from a printed SOP.
import { MINUTES_PER_HOUR, MINUTES_PER_WORKING_DAY } from "./import/duration";
import { formatNumber } from "../utils/number";


/**
 * `minutes` (rounded; negative or non-finite counts as 0) in working days, hours and minutes.
 * Whole working days alone read "N hari kerja"; with hours or minutes after them "N hari".
 */
export function formatDuration(minutes: number): string {
  const total = Number.isFinite(minutes) ? Math.max(0, Math.round(minutes)) : 0;
  if (total === 0) return "0 menit";
  const days = Math.floor(total / MINUTES_PER_WORKING_DAY);
  const rest = total - days * MINUTES_PER_WORKING_DAY;
  const hours = Math.floor(rest / MINUTES_PER_HOUR);
  const mins = rest - hours * MINUTES_PER_HOUR;
  if (days > 0 && rest === 0) return `${formatNumber(days)} hari kerja`;
  const parts: string[] = [];
  if (days > 0) parts.push(`${formatNumber(days)} hari`);
  if (hours > 0) parts.push(`${hours} jam`);
  if (mins > 0) parts.push(`${mins} menit`);
  return parts.join(" ");
}
