import { describe, expect, it } from "vitest";
import { SESSION_END_MESSAGES, isSessionEndReason } from "./session-end";

describe("session end messages", () => {
  it("say why, in Indonesian, for every reason", () => {
    expect(SESSION_END_MESSAGES.PASSWORD_RESET).toMatch(/kata sandi direset/);
    expect(SESSION_END_MESSAGES.DEACTIVATED).toMatch(/dinonaktifkan/);
  });

  it("accept only the known reasons from the address bar", () => {
    expect(isSessionEndReason("PASSWORD_RESET")).toBe(true);
    expect(isSessionEndReason("<script>")).toBe(false);
    expect(isSessionEndReason(undefined)).toBe(false);
  });
});
