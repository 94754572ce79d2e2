import { describe, expect, it } from "vitest";
import { characterCount, nearLimit } from "./character-count";

describe("characterCount", () => {
  it("shows the length against the maximum", () => {
    expect(characterCount(120, 1000)).toBe("120/1000");
    expect(characterCount(0, 500)).toBe("0/500");
  });

  it("warns in the last tenth, at least the last ten characters", () => {
    expect(nearLimit(899, 1000)).toBe(false);
    expect(nearLimit(900, 1000)).toBe(true);
    expect(nearLimit(39, 50)).toBe(false);
    expect(nearLimit(40, 50)).toBe(true);
  });
});
