// Pure rules of notifications: who gets which e-mail, when a failed message is tried again, and
// whether an SMTP refusal is final.
import { MAIL_MAX_ATTEMPTS, type Delivery, type MailState } from "./constants";

export interface MailPreference {
  emailEnabled: boolean;
  delivery: Delivery;
}

export const DEFAULT_PREFERENCE: MailPreference = { emailEnabled: true, delivery: "IMMEDIATE" };

/** How a new notification's e-mail goes for this user. */
export function mailStateFor(email: string | null, preference: MailPreference | null): MailState {
  const p = preference ?? DEFAULT_PREFERENCE;
  if (!email || !p.emailEnabled) return "NONE";
  return p.delivery === "DAILY_DIGEST" ? "DIGEST" : "OUTBOX";
}

const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 6 * 3_600_000;

/** Exponential backoff after the n-th failed attempt (1-based): 1, 2, 4, … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

export interface SendFailure {
  message: string;
  /** The SMTP reply code, when the server answered. */
  responseCode?: number;
}

/** What happens to a message whose attempt failed. */
export function afterFailure(failure: SendFailure, attempts: number, now: Date): { status: "FAILED" } | { status: "PENDING"; nextAttemptAt: Date } {
  // A 5xx reply (unknown mailbox, refused sender) will not change on a retry.
  const permanent = failure.responseCode !== undefined && failure.responseCode >= 500 && failure.responseCode < 600;
  if (permanent || attempts >= MAIL_MAX_ATTEMPTS) return { status: "FAILED" };
  return { status: "PENDING", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
