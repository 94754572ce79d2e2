import { describe, expect, it } from "vitest";
import { decimalText, formatDecimal, formatNumber, parseDecimal } from "./number";

describe("parseDecimal", () => {
  it.each([
    ["95,5", 95.5],
    ["95.5", 95.5],
    ["1.250,75", 1250.75],
    ["1.250.000", 1250000],
    ["82", 82],
    [" 0,25 ", 0.25],
    ["-3,5", -3.5],
    [12, 12],
  ])("reads %s as %s", (raw, expected) => {
    expect(parseDecimal(raw)).toBe(expected);
  });

  it.each(["", "abc", "9,5,1", "1,2.3", "12a", null, Number.NaN])("refuses %s", (raw) => {
    expect(parseDecimal(raw as string)).toBeNull();
  });
});

describe("formatDecimal", () => {
  it("writes Indonesian decimals", () => {
    expect(formatDecimal(95.5)).toBe("95,5");
    expect(formatDecimal(1250.75)).toBe("1.250,75");
    expect(formatDecimal(null)).toBe("–");
  });
});

describe("formatNumber", () => {
  it("groups thousands with dots", () => {
    expect(formatNumber(1250)).toBe("1.250");
    expect(formatNumber(0)).toBe("0");
  });
});

describe("decimalText", () => {
  it("writes every digit with a decimal comma and no thousands dots, as parseDecimal reads it", () => {
    expect(decimalText(1250.75)).toBe("1250,75");
    expect(decimalText(95)).toBe("95");
    expect(parseDecimal(decimalText(1250.75))).toBe(1250.75);
  });
});

describe("formatDecimal with more digits", () => {
  it("shows up to the digits asked, trailing zeros dropped", () => {
    expect(formatDecimal(3.53245, 4)).toBe("3,5325");
    expect(formatDecimal(3.5, 4)).toBe("3,5");
    expect(formatDecimal(3.53245)).toBe("3,53");
    expect(formatDecimal(null, 4)).toBe("–");
  });
});
