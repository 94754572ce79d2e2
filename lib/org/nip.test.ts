import { describe, expect, it } from "vitest";
import { checkNip } from "./nip";

const today = new Date("2026-11-23T00:00:00Z");

describe("checkNip", () => {
  it("accepts an 18-digit NIP with a valid date of birth", () => {
    const result = checkNip("198503122010011001", today);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.birthDate.toISOString().slice(0, 10)).toBe("1985-03-12");
  });

  it("accepts digits 13-14 that are not a month (they are not checked)", () => {
    expect(checkNip("199001012021211001", today).ok).toBe(true);
  });

  it("ignores spaces as printed on cards", () => {
    expect(checkNip("19850312 201001 1 001", today).ok).toBe(true);
  });

  it.each([
    ["19850312201001100", "NIP harus 18 digit angka."],
    ["1985031220100110011", "NIP harus 18 digit angka."],
    ["19850312201001100A", "NIP harus 18 digit angka."],
  ])("refuses %s with a clear message", (nip, message) => {
    expect(checkNip(nip, today)).toEqual({ ok: false, message });
  });

  it("refuses an impossible date of birth", () => {
    const result = checkNip("198502302010011001", today);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/tanggal lahir/);
  });

  it("refuses a date of birth that makes the holder a child", () => {
    expect(checkNip("202001012040011001", today).ok).toBe(false);
  });
});
