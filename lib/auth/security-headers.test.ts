import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, nonce, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("build a nonce-based CSP that forbids framing and eval in production", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", https: false, development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("allow eval only for next dev", () => {
    expect(contentSecurityPolicy({ nonce: "abc", https: false, development: true })).toContain("'unsafe-eval'");
  });

  it("add HSTS only over HTTPS", () => {
    expect(securityHeaders({ nonce: "n", https: false, development: false })["Strict-Transport-Security"]).toBeUndefined();
    const https = securityHeaders({ nonce: "n", https: true, development: false });
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("always carry nosniff, a referrer policy and a permissions policy", () => {
    const headers = securityHeaders({ nonce: "n", https: false, development: false });
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": expect.stringContaining("camera=()"),
    });
  });

  it("use a fresh nonce each time", () => {
    const a = nonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonce()).not.toBe(a);
  });
});
