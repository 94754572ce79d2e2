// Credential check with lockout: after LOGIN_MAX_FAILURES failed attempts on one account, further
// attempts are refused for LOGIN_LOCK_MINUTES; one client address gets LOGIN_ADDRESS_MAX_FAILURES
// failures over all accounts. Unknown identifiers are counted the same way (in a fixed set of
// shared counters), so neither the message nor the lockout tells whether an account exists.
// The counters are atomic (throttle.ts).
import type { PrismaClient } from "../db";
import { env } from "../env";
import { burnPasswordCheck, verifyPassword } from "./password";
import {
  accountKey, addressKey, clearAttempts, recordFailure, releaseAttempt, reserveAttempt, unknownIdentifierKey,
  type ThrottleRule,
} from "./throttle";

export type LoginOutcome =
  | {
      ok: true;
      userId: string;
      sessionVersion: number;
      name: string;
      email: string | null;
      unitId: string;
      mustChangePassword: boolean;
      roles: { role: string; unitId: string | null }[];
    }
  | { ok: false; reason: "INVALID" | "LOCKED" | "DEACTIVATED" };

/** The one message per outcome: the same for a wrong password and an unknown account. */
export function loginFailureMessage(reason: "INVALID" | "LOCKED" | "DEACTIVATED"): string {
  // Told only to someone who gave the right password: it reveals nothing to a guesser.
  if (reason === "DEACTIVATED") return "Akun Anda dinonaktifkan. Hubungi administrator Portal Mutu di unit Anda.";
  return reason === "LOCKED"
    ? `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${env().LOGIN_LOCK_MINUTES} menit.`
    : "NIP/email atau kata sandi salah.";
}

/** NIP when it is all digits (spaces allowed as printed on ID cards), else a lower-cased email. */
export function normaliseIdentifier(raw: string): { kind: "nip" | "email"; value: string } {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\s+/g, "");
  if (/^\d+$/.test(digits)) return { kind: "nip", value: digits };
  return { kind: "email", value: trimmed.toLowerCase() };
}

export interface AuthenticateOptions {
  now?: Date;
  /** The client's address, for the per-address limit (one address cannot lock every account). */
  address?: string | null;
}

export async function authenticate(
  db: PrismaClient,
  identifier: string,
  password: string,
  options: AuthenticateOptions | Date = {},
): Promise<LoginOutcome> {
  const { now = new Date(), address = null } = options instanceof Date ? { now: options } : options;
  const { kind, value } = normaliseIdentifier(identifier);
  const user = await db.user.findUnique({
    where: kind === "nip" ? { nip: value } : { email: value },
    select: {
      id: true, name: true, email: true, passwordHash: true, active: true, sessionVersion: true, unitId: true,
      mustChangePassword: true, grants: { select: { role: true, unitId: true } },
    },
  });

  // The address is counted first: once it is over its limit, its attempts no longer count
  // against (and so can no longer lock) the accounts it names.
  const addressAttempt = address ? await reserveAttempt(db, addressKey(address), addressRule(), now) : null;
  if (addressAttempt && !addressAttempt.allowed) {
    await burnPasswordCheck(password);
    return { ok: false, reason: "LOCKED" };
  }
  const rule = accountRule();
  const attempt = await reserveAttempt(db, user ? accountKey(user.id) : unknownIdentifierKey(`${kind}:${value}`), rule, now);
  if (!attempt.allowed) {
    await burnPasswordCheck(password);
    return { ok: false, reason: "LOCKED" };
  }

  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid) {
    await recordFailure(db, attempt, rule, now);
    if (addressAttempt) await recordFailure(db, addressAttempt, addressRule(), now);
    return { ok: false, reason: "INVALID" };
  }
  if (!user.active) return { ok: false, reason: "DEACTIVATED" };

  await db.$transaction(async (tx) => {
    await clearAttempts(tx, attempt.key);
    if (addressAttempt) await releaseAttempt(tx, addressAttempt.key);
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  });
  return {
    ok: true, userId: user.id, sessionVersion: user.sessionVersion, name: user.name, email: user.email,
    unitId: user.unitId, mustChangePassword: user.mustChangePassword, roles: user.grants,
  };
}

export function accountRule(): ThrottleRule {
  const e = env();
  return { limit: e.LOGIN_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES };
}

function addressRule(): ThrottleRule {
  const e = env();
  return { limit: e.LOGIN_ADDRESS_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES };
}
