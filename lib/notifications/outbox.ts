// The outbox worker: claims due messages with FOR UPDATE SKIP LOCKED (so two app servers never
// take the same one), sends them outside any transaction, then marks each SENT, or schedules a
// retry with backoff, or FAILED with the server's reason. At least once: a worker that dies after
// sending but before marking leaves a claim that expires (MAIL_LEASE_MS) and is sent again.
// No "server-only": the start script and `npm run jobs:run -- outbox` run it.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db";
import { MAIL_LEASE_MS } from "./constants";
import type { MailTransport } from "./mailer";
import { afterFailure, type SendFailure } from "./rules";

interface ClaimedMail {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  attempts: number;
}

export async function claimDue(db: PrismaClient, token: string, now: Date, limit: number): Promise<ClaimedMail[]> {
  const leaseEnd = new Date(now.getTime() + MAIL_LEASE_MS);
  return db.$queryRaw<ClaimedMail[]>`
    UPDATE "MailOutbox"
    SET "status" = 'SENDING', "claimToken" = ${token}, "lockedUntil" = ${leaseEnd}, "attempts" = "attempts" + 1, "updatedAt" = ${now}
    WHERE "id" IN (
      SELECT "id" FROM "MailOutbox"
      WHERE ("status" = 'PENDING' AND "nextAttemptAt" <= ${now}) OR ("status" = 'SENDING' AND "lockedUntil" < ${now})
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "toAddress", "subject", "text", "attempts"`;
}

function failureOf(error: unknown): SendFailure {
  const e = error as { message?: string; response?: string; responseCode?: number };
  const message = (e.response ?? e.message ?? String(error)).slice(0, 500);
  return typeof e.responseCode === "number" ? { message, responseCode: e.responseCode } : { message };
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

/** Sends what is due now; returns what happened. Call it again for the next batch. */
export async function deliverDue(
  db: PrismaClient,
  transport: MailTransport,
  options: { from: string; now?: () => Date; limit?: number },
): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const token = randomUUID();
  const claimed = await claimDue(db, token, now(), options.limit ?? 20);
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  for (const mail of claimed) {
    const mine = { id: mail.id, claimToken: token, status: "SENDING" };
    try {
      await transport.sendMail({ from: options.from, to: mail.toAddress, subject: mail.subject, text: mail.text });
      await db.mailOutbox.updateMany({ where: mine, data: { status: "SENT", sentAt: now(), lastError: null, lockedUntil: null, claimToken: null } });
      report.sent++;
    } catch (error) {
      const failure = failureOf(error);
      const next = afterFailure(failure, mail.attempts, now());
      await db.mailOutbox.updateMany({
        where: mine,
        data: { ...next, lastError: failure.message, lockedUntil: null, claimToken: null },
      });
      if (next.status === "FAILED") report.failed++;
      else report.retried++;
    }
  }
  return report;
}
