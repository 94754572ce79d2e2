import { describe, expect, it } from "vitest";
import { isWorkday, localDate } from "./time-zones";

describe("localDate", () => {
  it("counts days by the agency's calendar", () => {
    const now = new Date("2026-11-27T16:30:00Z"); // 00:30 WITA on the 28th, 23:30 WIB on the 27th
    expect(localDate(now, "Asia/Makassar").toISOString()).toBe("2026-11-28T00:00:00.000Z");
    expect(localDate(now, "Asia/Jakarta").toISOString()).toBe("2026-11-27T00:00:00.000Z");
    expect(localDate(now, "Asia/Jayapura").toISOString()).toBe("2026-11-28T00:00:00.000Z");
  });
});

describe("isWorkday", () => {
  it("is Monday to Friday", () => {
    expect(isWorkday(new Date("2026-11-27T00:00:00Z"))).toBe(true); // Friday
    expect(isWorkday(new Date("2026-11-28T00:00:00Z"))).toBe(false); // Saturday
    expect(isWorkday(new Date("2026-11-29T00:00:00Z"))).toBe(false); // Sunday
    expect(isWorkday(new Date("2026-11-30T00:00:00Z"))).toBe(true);
  });
});
