// Pure rules of the periodic review (kaji ulang dokumen): the due window and the dates an outcome
// sets. Dates are UTC midnights of the agency's calendar.
import { REVIEW_DUE_WINDOW_DAYS, type DocumentReviewOutcome } from "./constants";

const DAY = 86_400_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

/** The same day `months` later; the 31st of a shorter month becomes its last day. */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return result;
}

/** The last review date that is on the due list on `today`. */
export function reviewDueLimit(today: Date, windowDays: number = REVIEW_DUE_WINDOW_DAYS): Date {
  return addDays(today, windowDays);
}

export function isReviewDue(nextReviewAt: Date | null, today: Date, windowDays: number = REVIEW_DUE_WINDOW_DAYS): boolean {
  return nextReviewAt !== null && nextReviewAt.getTime() <= reviewDueLimit(today, windowDays).getTime();
}

/** Whole days from `today` to the review date: negative when overdue. */
export function daysUntilReview(nextReviewAt: Date, today: Date): number {
  return Math.round((nextReviewAt.getTime() - today.getTime()) / DAY);
}

export type ReviewDueState = "overdue" | "due" | "later";

export function reviewDueState(nextReviewAt: Date | null, today: Date): ReviewDueState {
  if (nextReviewAt === null) return "later";
  if (nextReviewAt.getTime() < today.getTime()) return "overdue";
  return isReviewDue(nextReviewAt, today) ? "due" : "later";
}

/** What an outcome writes on the document, besides the review record itself. */
export function reviewDates(outcome: DocumentReviewOutcome, today: Date, intervalMonths: number): { lastReviewedAt: Date; nextReviewAt: Date | null; withdrawnAt: Date | null } {
  if (outcome === "TARIK") return { lastReviewedAt: today, nextReviewAt: null, withdrawnAt: today };
  // A revision asked for still leaves the document in force: the next review is planned as usual.
  return { lastReviewedAt: today, nextReviewAt: addMonths(today, intervalMonths), withdrawnAt: null };
}

/** The register's "new revision" page with the review's note as the reason for change. */
export function revisionRequestHref(documentId: string, note: string): string {
  return `/documents/${encodeURIComponent(documentId)}/revisions/new?reason=${encodeURIComponent(note)}`;
}
