// Every scheduled job of the portal. A module adds its reminders with one file and one line here.
// Jobs of the same hour run in this order (the digest last, so it carries that morning's reminders).
import { auditReminderJob } from "../audits/reminders";
import { approvalReminderJob, measurementReminderJob } from "../objectives/reminders";
import { digestJob } from "../notifications/digest";
import { correctiveActionReminderJob } from "../corrective-actions/reminders";
import { findingReminderJob } from "../findings/reminders";
import { fileSweepJob } from "../files/sweep";
import { documentReviewReminderJob } from "../documents/review-reminders";
import { documentEffectiveJob } from "../documents/effective-job";
import { archiveLoanReminderJob } from "../documents/loan-reminders";
import type { Job } from "./types";

export const JOBS: readonly Job[] = [
  measurementReminderJob,
  approvalReminderJob,
  auditReminderJob,
  findingReminderJob,
  correctiveActionReminderJob,
  documentReviewReminderJob,
  documentEffectiveJob,
  archiveLoanReminderJob,
  digestJob,
  fileSweepJob,
];

export function findJob(name: string): Job | undefined {
  return JOBS.find((job) => job.name === name);
}
