// Issue 8, item 4: the proxy puts the security headers on a page, a route handler and the sign-in
// page, signed in or out; cookies and HSTS follow an HTTPS public URL.
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { reloadEnv } from "../../../lib/env";
import { proxy } from "../../../proxy";

const SECRET = "test-secret-for-headers-0123456789";

beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
  reloadEnv();
});
afterEach(() => {
  delete process.env.NEXTAUTH_URL;
  reloadEnv();
});

async function signedInCookie(name = "next-auth.session-token") {
  const token = await encode({ token: { uid: "u1", sv: 1 }, secret: SECRET });
  return `${name}=${token}`;
}

function expectSecurityHeaders(headers: Headers) {
  const csp = headers.get("content-security-policy") ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(headers.get("permissions-policy")).toContain("camera=()");
}

describe("proxy security headers", () => {
  it("are on the sign-in page, with the nonce passed on to Next.js", async () => {
    const response = await proxy(new NextRequest("http://localhost:3000/login"));
    expectSecurityHeaders(response.headers);
    expect(response.headers.get("strict-transport-security")).toBeNull();
    // NextResponse.next() forwards overridden request headers to the renderer.
    expect(response.headers.get("x-middleware-request-x-nonce")).toBeTruthy();
    expect(response.headers.get("content-security-policy")).toContain(`'nonce-${response.headers.get("x-middleware-request-x-nonce")}'`);
  });

  it("are on a route handler (next-auth and the export) and on a signed-in page", async () => {
    expectSecurityHeaders((await proxy(new NextRequest("http://localhost:3000/api/auth/session"))).headers);
    const cookie = await signedInCookie();
    const exported = await proxy(new NextRequest("http://localhost:3000/objectives/export?format=csv", { headers: { cookie } }));
    expect(exported.headers.get("location")).toBeNull();
    expectSecurityHeaders(exported.headers);
    const page = await proxy(new NextRequest("http://localhost:3000/dashboard", { headers: { cookie } }));
    expect(page.headers.get("location")).toBeNull();
    expectSecurityHeaders(page.headers);
  });

  it("are on the redirect of a signed-out visitor", async () => {
    const response = await proxy(new NextRequest("http://localhost:3000/sops"));
    expect(response.headers.get("location")).toBe("http://localhost:3000/login?callbackUrl=%2Fsops");
    expectSecurityHeaders(response.headers);
  });

  it("add HSTS and read the Secure cookie when the public URL is HTTPS", async () => {
    process.env.NEXTAUTH_URL = "https://mutu.nttprov.go.id";
    reloadEnv();
    const cookie = await signedInCookie("__Secure-next-auth.session-token");
    const response = await proxy(new NextRequest("https://mutu.nttprov.go.id/dashboard", { headers: { cookie } }));
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=/);
    // A cookie without the Secure prefix is not accepted over HTTPS.
    const plain = await proxy(new NextRequest("https://mutu.nttprov.go.id/dashboard", { headers: { cookie: await signedInCookie() } }));
    expect(plain.headers.get("location")).toContain("/login");
  });
});
