import { describe, expect, it, vi } from "vitest";
import { sessionVerdict } from "./session-token";

describe("the verdict on a session token", () => {
  it("ends the session only when the database says it ended", async () => {
    await expect(sessionVerdict(async () => true)).resolves.toBe("valid");
    await expect(sessionVerdict(async () => false)).resolves.toBe("ended");
  });

  it("keeps the token when the check itself fails, so a database hiccup signs no one out", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(sessionVerdict(async () => { throw new Error("Connection terminated unexpectedly"); })).resolves.toBe("unchecked");
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
