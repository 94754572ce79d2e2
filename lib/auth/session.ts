// The current user of a request, decided on the server next to the data on every call.
import "server-only";
import { getServerSession } from "next-auth";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authSecret, publicUrlIsHttps } from "../env";
import { sessionEndReason, type SessionEndReason } from "./session-end";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { can, type Permission, type UnitTarget } from "./permissions";
import { getDb } from "../db";
import { loadSessionUser } from "./load-user";
import { authOptions } from "./options";
import type { SessionUser } from "./types";

/**
 * The signed-in user, reloaded from the database once per request: the layout, the page and its
 * components share one load while React renders. Outside a render (server actions, route
 * handlers) React's cache has no request scope and each call loads the user afresh.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: unknown; sv?: unknown } | null;
  if (!session || typeof session.uid !== "string" || typeof session.sv !== "number") return null;
  return loadSessionUser(await getDb(), session.uid, session.sv);
});

/** Why the browser's session cookie stopped working, if it names an account at all. */
async function endedSessionReason(): Promise<SessionEndReason | null> {
  const jar = await cookies();
  const raw = jar.get(publicUrlIsHttps() ? "__Secure-next-auth.session-token" : "next-auth.session-token")?.value;
  const secret = authSecret();
  if (!raw || !secret) return null;
  const claims = await decode({ token: raw, secret }).catch(() => null);
  return claims ? sessionEndReason(await getDb(), claims) : null;
}

/** For pages: the user, or a redirect to the sign-in page (saying why the session ended). */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const reason = await endedSessionReason();
    redirect(reason ? `/login?sesi=${reason}` : "/login");
  }
  return user;
}

/** For pages: the user if they hold `permission` (on `target`), else the 403 page. */
export async function requirePermission(permission: Permission, target?: UnitTarget): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission, target)) forbidden();
  return user;
}
