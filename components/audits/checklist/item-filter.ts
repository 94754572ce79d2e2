// Which checklist items the tablet shows: an auditor interviewing one unit about one SOP narrows the
// list to them, or to the items still without an answer. Hidden items stay mounted, so what was
// typed into them is kept.
import type { ChecklistAnswer } from "@/lib/db/generated/enums";

export interface ItemFilter {
  unitId: string;
  sopTitle: string;
  unansweredOnly: boolean;
}

export const NO_FILTER: ItemFilter = { unitId: "", sopTitle: "", unansweredOnly: false };

export function itemVisible(item: { unitId: string | null; sopTitle: string | null }, answer: ChecklistAnswer | null, filter: ItemFilter): boolean {
  if (filter.unitId && item.unitId !== filter.unitId) return false;
  if (filter.sopTitle && item.sopTitle !== filter.sopTitle) return false;
  return !(filter.unansweredOnly && answer !== null);
}
