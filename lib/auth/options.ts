// next-auth configuration: credentials (NIP or email + password), JWT sessions that expire,
// and revocation through the per-user session version (see load-user.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db";
import { authSecret, env, publicUrlIsHttps } from "../env";
import { clientAddress } from "./client-address";
import { authenticate, loginFailureMessage } from "./login";
import { revokeSessions } from "./revoke";
import { SessionEnded, sessionTokenValid, sessionVerdict } from "./session-token";
import { loginSchema } from "./schema";

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    // Secure (__Secure-/__Host-) cookies whenever the public URL is HTTPS; proxy.ts reads the same name.
    useSecureCookies: publicUrlIsHttps(),
    session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
    jwt: { maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "NIP atau email",
        credentials: {
          identifier: { label: "NIP atau email", type: "text" },
          password: { label: "Kata sandi", type: "password" },
        },
        async authorize(credentials, req) {
          const parsed = loginSchema.safeParse(credentials);
          if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "Isian tidak valid.");
          const outcome = await authenticate(await getDb(), parsed.data.identifier, parsed.data.password, {
            address: clientAddress(req?.headers),
          });
          // next-auth passes the thrown message to the sign-in form as `error`.
          if (!outcome.ok) throw new Error(loginFailureMessage(outcome.reason));
          return {
            id: outcome.userId, name: outcome.name, email: outcome.email,
            sessionVersion: outcome.sessionVersion, unitId: outcome.unitId, roles: outcome.roles,
            mustChangePassword: outcome.mustChangePassword,
          };
        },
      }),
    ],
    callbacks: {
      // The token names the user, their unit and roles (for display and the proxy); every request
      // still reloads the user and checks the session version (load-user.ts) before trusting it.
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as typeof user & { sessionVersion: number; unitId: string; roles: unknown; mustChangePassword: boolean };
          token.uid = signedIn.id;
          token.sv = signedIn.sessionVersion;
          token.unitId = signedIn.unitId;
          token.roles = signedIn.roles;
          token.at = Math.floor(Date.now() / 1000);
          // Changing this flag always raises the session version, so a valid token's copy is current.
          token.mcp = signedIn.mustChangePassword;
          return token;
        }
        // A revoked, deactivated or too old session is reported as signed out and not renewed.
        if ((await sessionVerdict(async () => sessionTokenValid(await getDb(), token))) === "ended") throw new SessionEnded();
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: token.uid, sv: token.sv };
      },
    },
    events: {
      // Logging out ends every session of the account, not just this browser's token, but only
      // for a token that is still valid: an old, revoked cookie cannot end the owner's new session.
      async signOut({ token }) {
        const db = await getDb();
        if (typeof token?.uid === "string" && (await sessionTokenValid(db, token))) await revokeSessions(db, token.uid, "logout");
      },
    },
    logger: {
      error(code, metadata) {
        // An ended session is an expected outcome, not an error worth a stack trace.
        const error = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
        if (code === "JWT_SESSION_ERROR" && (error instanceof SessionEnded || (error as Error | undefined)?.message === "SESSION_ENDED")) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
    },
  };
}
