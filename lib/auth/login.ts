// Credential check with lockout: after LOGIN_MAX_FAILURES failed attempts on one account, further
// attempts are refused for LOGIN_LOCK_MINUTES. Unknown identifiers are counted the same way, so
// neither the message nor the lockout tells whether an account exists.
import type { PrismaClient } from "../db";
import { env } from "../env";
import { burnPasswordCheck, verifyPassword } from "./password";

export type LoginOutcome =
  | {
      ok: true;
      userId: string;
      sessionVersion: number;
      name: string;
      email: string | null;
      unitId: string;
      roles: { role: string; unitId: string | null }[];
    }
  | { ok: false; reason: "INVALID" | "LOCKED" };

/** The one message per outcome: the same for a wrong password and an unknown account. */
export function loginFailureMessage(reason: "INVALID" | "LOCKED"): string {
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

export async function authenticate(
  db: PrismaClient,
  identifier: string,
  password: string,
  now: Date = new Date(),
): Promise<LoginOutcome> {
  const { kind, value } = normaliseIdentifier(identifier);
  const user = await db.user.findUnique({
    where: kind === "nip" ? { nip: value } : { email: value },
    select: {
      id: true, name: true, email: true, passwordHash: true, active: true, sessionVersion: true, unitId: true,
      grants: { select: { role: true, unitId: true } },
    },
  });
  const key = user ? `user:${user.id}` : `${kind}:${value}`;
  const throttle = await db.loginThrottle.findUnique({ where: { key } });
  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    await burnPasswordCheck(password);
    return { ok: false, reason: "LOCKED" };
  }

  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid || !user.active) {
    await registerFailure(db, key, throttle?.failures ?? 0, now);
    return { ok: false, reason: "INVALID" };
  }

  await db.$transaction([
    db.loginThrottle.deleteMany({ where: { key } }),
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } }),
  ]);
  return {
    ok: true, userId: user.id, sessionVersion: user.sessionVersion, name: user.name, email: user.email,
    unitId: user.unitId, roles: user.grants,
  };
}

async function registerFailure(db: PrismaClient, key: string, previousFailures: number, now: Date) {
  const { LOGIN_MAX_FAILURES, LOGIN_LOCK_MINUTES } = env();
  // A lock stores failures = 0, so counting starts afresh once it has expired.
  const failures = previousFailures + 1;
  const lockedUntil =
    failures >= LOGIN_MAX_FAILURES ? new Date(now.getTime() + LOGIN_LOCK_MINUTES * 60_000) : null;
  await db.loginThrottle.upsert({
    where: { key },
    create: { key, failures: lockedUntil ? 0 : failures, lockedUntil },
    update: { failures: lockedUntil ? 0 : failures, lockedUntil },
  });
}
