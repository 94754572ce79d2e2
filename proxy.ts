// Every response gets the security headers (a fresh CSP nonce per request, see
// lib/auth/security-headers.ts), and signed-out visitors are sent to the sign-in page. The
// redirect is convenience only: every page, action and route decides access again on the server
// next to the data (lib/auth).
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { nonce as freshNonce, securityHeaders } from "@/lib/auth/security-headers";
import { authSecret, isDevelopment, publicUrlIsHttps } from "@/lib/env";

/** Reached signed out: the sign-in page and next-auth's own routes. */
const PUBLIC_PATHS = [/^\/login(?:\/|$)/, /^\/api\/auth(?:\/|$)/];

export async function proxy(request: NextRequest) {
  const https = publicUrlIsHttps() || request.nextUrl.protocol === "https:";
  const nonce = freshNonce();
  const headers = securityHeaders({ nonce, https, development: isDevelopment() });

  const isPublic = PUBLIC_PATHS.some((p) => p.test(request.nextUrl.pathname));
  const token = isPublic ? null : await getToken({ req: request, secret: authSecret(), secureCookie: publicUrlIsHttps() });
  let response: NextResponse;
  if (token?.mcp === true && !isPublic && !/^\/account(?:\/|$)/.test(request.nextUrl.pathname) && request.method === "GET") {
    // A password set by an administrator is changed before anything else (lib/auth/permissions.ts
    // refuses every permission meanwhile; this only takes the user to the form).
    response = NextResponse.redirect(new URL("/account", request.url));
  } else if (isPublic || token) {
    // Next.js takes the nonce for its inline scripts from the request's CSP header.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    const login = new URL("/login", request.url);
    const target = request.nextUrl.pathname + request.nextUrl.search;
    if (target !== "/") login.searchParams.set("callbackUrl", target);
    response = NextResponse.redirect(login);
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but built assets (next.config.js gives those the static headers).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
