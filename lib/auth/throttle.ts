// Failed-attempt counters behind the sign-in lockout and the password-change lockout.
//
// An attempt is counted *before* the password is checked, in one atomic statement
// (INSERT ... ON CONFLICT DO UPDATE ... RETURNING), so parallel attempts cannot all read the same
// old count: of twenty parallel wrong passwords, exactly `limit` are checked. A success releases
// its attempt (the account's counter is cleared, an address's counter gives the attempt back).
// A counter starts afresh once its lock has expired or when it has been quiet for a lock period.
import { createHash } from "node:crypto";
import type { PrismaClient } from "../db";
import type { Tx } from "../db";

type Client = PrismaClient | Tx;

export interface Attempt {
  key: string;
  /** false: refused without checking the password. */
  allowed: boolean;
  /** This attempt is the last one allowed before the lock. */
  last: boolean;
}

export interface ThrottleRule {
  limit: number;
  lockMinutes: number;
}

/** Unknown identifiers share a fixed number of counters, so guessing names cannot grow the table. */
const UNKNOWN_BUCKETS = 256;

export const accountKey = (userId: string) => `user:${userId}`;
export const addressKey = (address: string) => `addr:${address}`;

export function unknownIdentifierKey(identifier: string): string {
  const digest = createHash("sha256").update(identifier).digest();
  return `unknown:${digest.readUInt32BE(0) % UNKNOWN_BUCKETS}`;
}

/** Counts one attempt on `key` and says whether it may go ahead. */
export async function reserveAttempt(db: Client, key: string, rule: ThrottleRule, now: Date): Promise<Attempt> {
  const lockUntil = new Date(now.getTime() + rule.lockMinutes * 60_000);
  const quietSince = new Date(now.getTime() - rule.lockMinutes * 60_000);
  const rows = await db.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "LoginThrottle" ("key", "failures", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, NULL, ${now}::timestamp(3))
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE
        WHEN "LoginThrottle"."lockedUntil" IS NOT NULL AND "LoginThrottle"."lockedUntil" <= ${now}::timestamp(3) THEN 1
        WHEN "LoginThrottle"."lockedUntil" IS NULL AND "LoginThrottle"."updatedAt" < ${quietSince}::timestamp(3) THEN 1
        ELSE "LoginThrottle"."failures" + 1 END,
      "lockedUntil" = CASE
        WHEN "LoginThrottle"."lockedUntil" IS NOT NULL AND "LoginThrottle"."lockedUntil" <= ${now}::timestamp(3) THEN NULL
        WHEN "LoginThrottle"."lockedUntil" IS NULL AND "LoginThrottle"."failures" + 1 > ${rule.limit}
             AND "LoginThrottle"."updatedAt" >= ${quietSince}::timestamp(3) THEN ${lockUntil}::timestamp(3)
        ELSE "LoginThrottle"."lockedUntil" END,
      "updatedAt" = ${now}::timestamp(3)
    RETURNING "failures", "lockedUntil"`;
  const row = rows[0];
  const locked = row.lockedUntil !== null && row.lockedUntil.getTime() > now.getTime();
  const failures = Number(row.failures);
  return { key, allowed: !locked && failures <= rule.limit, last: failures === rule.limit };
}

/** A failed check: the last allowed attempt locks the key. */
export async function recordFailure(db: Client, attempt: Attempt, rule: ThrottleRule, now: Date): Promise<void> {
  if (attempt.last) {
    const lockUntil = new Date(now.getTime() + rule.lockMinutes * 60_000);
    await db.$executeRaw`
      UPDATE "LoginThrottle" SET "lockedUntil" = ${lockUntil}::timestamp(3), "updatedAt" = ${now}::timestamp(3)
      WHERE "key" = ${attempt.key} AND "lockedUntil" IS NULL`;
  }
  await pruneThrottle(db, rule, now);
}

/** A successful check on an account: its counter starts again. */
export async function clearAttempts(db: Client, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}

/** A successful sign-in from an address gives its attempt back (failures alone count). */
export async function releaseAttempt(db: Client, key: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0)
    WHERE "key" = ${key} AND "lockedUntil" IS NULL`;
}

/** Counters that are neither locked nor recent say nothing any more: drop them. */
async function pruneThrottle(db: Client, rule: ThrottleRule, now: Date): Promise<void> {
  const quietSince = new Date(now.getTime() - rule.lockMinutes * 60_000);
  await db.$executeRaw`
    DELETE FROM "LoginThrottle"
    WHERE "updatedAt" < ${quietSince}::timestamp(3)
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now}::timestamp(3))`;
}
