import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path of the portal with its query and fragment", () => {
    expect(safeCallbackUrl("/sops?q=bansos&page=2#hasil")).toBe("/sops?q=bansos&page=2#hasil");
    expect(safeCallbackUrl("/admin/users")).toBe("/admin/users");
  });

  it.each([
    ["//evil.example"],
    ["/\\evil.example"],
    ["/%09/evil.example"],
    ["/%5cevil.example"],
    ["/%2f/evil.example"],
    ["/%252f%252fevil.example"],
    ["/\t/evil.example"],
    ["https://evil.example/"],
    ["javascript:alert(1)"],
    ["evil.example"],
    ["/dashboard%0d%0aSet-Cookie:x=1"],
    ["/dashboard\r\nLocation: https://evil.example"],
    ["/%E0%A4%A"],
    [""],
    [undefined],
  ])("refuses %j", (value) => {
    expect(safeCallbackUrl(value)).toBe("/dashboard");
  });

  it("uses the given fallback", () => {
    expect(safeCallbackUrl("//x", "/login")).toBe("/login");
  });
});
