import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it("writes minutes and hours", () => {
    expect(formatDuration(0)).toBe("0 menit");
    expect(formatDuration(5)).toBe("5 menit");
    expect(formatDuration(60)).toBe("1 jam");
    expect(formatDuration(95)).toBe("1 jam 35 menit");
    expect(formatDuration(449)).toBe("7 jam 29 menit");
  });

  it("counts working days of 450 minutes", () => {
    expect(formatDuration(450)).toBe("1 hari kerja");
    expect(formatDuration(3 * 450)).toBe("3 hari kerja");
    expect(formatDuration(450 + 2 * 60 + 15)).toBe("1 hari 2 jam 15 menit");
    expect(formatDuration(2 * 450 + 30)).toBe("2 hari 30 menit");
    expect(formatDuration(3000)).toBe("6 hari 5 jam");
  });

  it("groups large day counts the Indonesian way", () => {
    expect(formatDuration(1000 * 450)).toBe("1.000 hari kerja");
  });

  it("treats odd input as no time", () => {
    expect(formatDuration(-5)).toBe("0 menit");
    expect(formatDuration(Number.NaN)).toBe("0 menit");
    expect(formatDuration(94.6)).toBe("1 jam 35 menit");
  });
});
