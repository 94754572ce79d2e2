import { describe, it, expect } from "vitest";
import { textWidth, wrapText } from "./text-measure";

describe("wrapText", () => {
  it("keeps short text on one line", () => {
    expect(wrapText("Mulai", [100], 10)).toEqual(["Mulai"]);
  });

  it("wraps at word boundaries within the width", () => {
    const lines = wrapText("Menerima surat masuk dan mengagendakan surat", [80, 80, 80, 80], 10);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(80);
    expect(lines.join(" ")).toBe("Menerima surat masuk dan mengagendakan surat");
  });

  it("ends with an ellipsis when the text is longer than the lines allow", () => {
    const lines = wrapText("kata ".repeat(100), [60, 60, 60, 60], 10);
    expect(lines).toHaveLength(4);
    expect(lines[3].endsWith("…")).toBe(true);
    expect(textWidth(lines[3], 10)).toBeLessThanOrEqual(60);
  });

  it("cuts a word longer than a line", () => {
    const lines = wrapText("BAPPELITBANGDAPROVINSINUSATENGGARATIMUR", [50, 50, 50, 50], 10);
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(50);
    expect(lines.join("").replace(/…$/, "").length).toBeGreaterThan(10);
  });
});
