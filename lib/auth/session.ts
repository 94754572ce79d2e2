// The current user of a request, decided on the server next to the data on every call.
import "server-only";
import { getServerSession } from "next-auth";
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

/** For pages: the user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: the user if they hold `permission` (on `target`), else the 403 page. */
export async function requirePermission(permission: Permission, target?: UnitTarget): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission, target)) forbidden();
  return user;
}
