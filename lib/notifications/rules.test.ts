import { describe, expect, it } from "vitest";
import { MAIL_MAX_ATTEMPTS } from "./constants";
import { afterFailure, mailStateFor, retryDelayMs } from "./rules";

describe("mailStateFor", () => {
  it("sends at once by default, collects for the digest, or sends nothing", () => {
    expect(mailStateFor("a@b.id", null)).toBe("OUTBOX");
    expect(mailStateFor("a@b.id", { emailEnabled: true, delivery: "DAILY_DIGEST" })).toBe("DIGEST");
    expect(mailStateFor("a@b.id", { emailEnabled: false, delivery: "IMMEDIATE" })).toBe("NONE");
    expect(mailStateFor(null, null)).toBe("NONE");
  });
});

describe("retries", () => {
  const now = new Date("2026-11-28T00:00:00Z");
  it("doubles the delay and caps it", () => {
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(2)).toBe(120_000);
    expect(retryDelayMs(30)).toBe(6 * 3_600_000);
  });
  it("retries a connection failure, gives up on a 5xx or after the last attempt", () => {
    expect(afterFailure({ message: "ECONNREFUSED" }, 1, now)).toEqual({ status: "PENDING", nextAttemptAt: new Date(now.getTime() + 60_000) });
    expect(afterFailure({ message: "450 mailbox busy", responseCode: 450 }, 2, now).status).toBe("PENDING");
    expect(afterFailure({ message: "550 no such user", responseCode: 550 }, 1, now)).toEqual({ status: "FAILED" });
    expect(afterFailure({ message: "timeout" }, MAIL_MAX_ATTEMPTS, now)).toEqual({ status: "FAILED" });
  });
});
