// Is a session token (the decoded JWT) still good? Checked by next-auth's jwt callback on every
// use (getServerSession, /api/auth/session, and before sign-out), so a revoked or too old token
// is neither reported as signed in, nor renewed, nor able to end someone's newer session.
import type { PrismaClient } from "../db";
import { env } from "../env";

export interface SessionClaims {
  uid?: unknown;
  sv?: unknown;
  /** Sign-in time, seconds since the epoch: sessions end SESSION_ABSOLUTE_MAX_HOURS after it, renewed or not. */
  at?: unknown;
}

export function withinAbsoluteLifetime(claims: SessionClaims & Record<string, unknown>, now: Date = new Date()): boolean {
  if (typeof claims.at !== "number") return false;
  const ageSeconds = now.getTime() / 1000 - claims.at;
  return ageSeconds >= -60 && ageSeconds <= env().SESSION_ABSOLUTE_MAX_HOURS * 3600;
}

export async function sessionTokenValid(db: PrismaClient, claims: SessionClaims & Record<string, unknown>, now: Date = new Date()): Promise<boolean> {
  if (typeof claims.uid !== "string" || typeof claims.sv !== "number") return false;
  if (!withinAbsoluteLifetime(claims, now)) return false;
  const user = await db.user.findUnique({ where: { id: claims.uid }, select: { active: true, sessionVersion: true } });
  return user !== null && user.active && user.sessionVersion === claims.sv;
}

/**
 * The jwt callback's verdict on a token: "ended" only when the database says so. When the check
 * itself fails (the database briefly unreachable or busy) the token is kept rather than cleared:
 * ending the session would sign the user out for a hiccup, while every page and action reloads
 * the user from the database before trusting the token (load-user.ts) and so fails safe.
 */
export async function sessionVerdict(check: () => Promise<boolean>): Promise<"valid" | "ended" | "unchecked"> {
  try {
    return (await check()) ? "valid" : "ended";
  } catch (error) {
    console.error("[auth] the session could not be checked; it is kept until the next check", error);
    return "unchecked";
  }
}

/** Thrown from the jwt callback: next-auth then answers "signed out" and clears the cookie. */
export class SessionEnded extends Error {
  constructor() {
    super("SESSION_ENDED");
    this.name = "SessionEnded";
  }
}
