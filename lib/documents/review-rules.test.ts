import { describe, expect, it } from "vitest";
import { REVIEW_DUE_WINDOW_DAYS } from "./constants";
import { addMonths, daysUntilReview, isReviewDue, reviewDates, reviewDueLimit, reviewDueState, revisionRequestHref } from "./review-rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day("2026-11-23");

describe("the due window", () => {
  it("reaches REVIEW_DUE_WINDOW_DAYS ahead, inclusive", () => {
    expect(REVIEW_DUE_WINDOW_DAYS).toBe(30);
    expect(reviewDueLimit(today)).toEqual(day("2026-12-23"));
    expect(isReviewDue(day("2026-12-23"), today)).toBe(true);
    expect(isReviewDue(day("2026-12-24"), today)).toBe(false);
  });

  it("keeps overdue documents on the list, however late", () => {
    expect(isReviewDue(day("2024-01-01"), today)).toBe(true);
    expect(reviewDueState(day("2026-11-22"), today)).toBe("overdue");
    expect(reviewDueState(today, today)).toBe("due");
    expect(reviewDueState(day("2026-12-10"), today)).toBe("due");
    expect(reviewDueState(day("2027-02-01"), today)).toBe("later");
  });

  it("a document without a review date is never due", () => {
    expect(isReviewDue(null, today)).toBe(false);
    expect(reviewDueState(null, today)).toBe("later");
  });

  it("counts whole days, negative when late", () => {
    expect(daysUntilReview(day("2026-11-13"), today)).toBe(-10);
    expect(daysUntilReview(day("2026-12-01"), today)).toBe(8);
  });
});

describe("reviewDates", () => {
  it("MASIH_SESUAI and REVISI plan the next review one interval on", () => {
    expect(reviewDates("MASIH_SESUAI", today, 12)).toEqual({ lastReviewedAt: today, nextReviewAt: day("2027-11-23"), withdrawnAt: null });
    expect(reviewDates("REVISI", today, 24)).toEqual({ lastReviewedAt: today, nextReviewAt: day("2028-11-23"), withdrawnAt: null });
  });

  it("TARIK withdraws today and plans no further review", () => {
    expect(reviewDates("TARIK", today, 12)).toEqual({ lastReviewedAt: today, nextReviewAt: null, withdrawnAt: today });
  });

  it("the 31st lands on the last day of a shorter month", () => {
    expect(addMonths(day("2026-01-31"), 1)).toEqual(day("2026-02-28"));
    expect(addMonths(day("2027-08-31"), 6)).toEqual(day("2028-02-29"));
  });
});

it("the revision link carries the review note as the reason", () => {
  expect(revisionRequestHref("doc1", "Ganti nama jabatan & alur")).toBe("/documents/doc1/revisions/new?reason=Ganti%20nama%20jabatan%20%26%20alur");
});
