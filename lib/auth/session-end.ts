// Why a session ended, so the sign-in page can say it ("Sesi Anda berakhir karena kata sandi
// direset") instead of leaving the user at an empty form. Read from the ended token's claims and
// the account, never trusted for access: it only picks a message.
import type { PrismaClient } from "../db";
import { withinAbsoluteLifetime, type SessionClaims } from "./session-token";

export const SESSION_END_REASONS = ["LOGOUT", "PASSWORD_RESET", "PASSWORD_CHANGED", "DEACTIVATED", "EXPIRED"] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

export const SESSION_END_MESSAGES: Record<SessionEndReason, string> = {
  LOGOUT: "Anda telah keluar dari semua sesi akun ini. Silakan masuk kembali.",
  PASSWORD_RESET: "Sesi Anda berakhir karena kata sandi direset oleh administrator. Masuk dengan kata sandi yang diberikan kepada Anda.",
  PASSWORD_CHANGED: "Sesi Anda berakhir karena kata sandi akun ini diganti. Masuk dengan kata sandi yang baru.",
  DEACTIVATED: "Sesi Anda berakhir karena akun Anda dinonaktifkan. Hubungi administrator Portal Mutu di unit Anda.",
  EXPIRED: "Sesi Anda telah berakhir karena batas waktu. Silakan masuk kembali.",
};

export function isSessionEndReason(value: unknown): value is SessionEndReason {
  return typeof value === "string" && (SESSION_END_REASONS as readonly string[]).includes(value);
}

/** The reason a token no longer works, or null when it names no account (or still works). */
export async function sessionEndReason(db: PrismaClient, claims: SessionClaims & Record<string, unknown>, now: Date = new Date()): Promise<SessionEndReason | null> {
  if (typeof claims.uid !== "string" || typeof claims.sv !== "number") return null;
  const user = await db.user.findUnique({ where: { id: claims.uid }, select: { active: true, sessionVersion: true, sessionEndReason: true } });
  if (!user) return null;
  if (!user.active) return "DEACTIVATED";
  if (user.sessionVersion !== claims.sv) return isSessionEndReason(user.sessionEndReason) ? user.sessionEndReason : "LOGOUT";
  if (!withinAbsoluteLifetime(claims, now)) return "EXPIRED";
  return null;
}
