import { describe, expect, it } from "vitest";
import { newPasswordField, passwordProblems } from "./password-policy";

const standard = { minLength: 12, requireMixed: true };

describe("password policy", () => {
  it("accepts a 12-character password mixing cases, digits and symbols", () => {
    expect(passwordProblems("Mutu#Kupang2026", standard)).toEqual([]);
  });

  it("names every missing class in Indonesian", () => {
    expect(passwordProblems("pendek", standard)).toEqual([
      "Minimal 12 karakter.",
      "Harus memuat huruf besar.",
      "Harus memuat angka.",
      "Harus memuat simbol (mis. ! # @ %).",
    ]);
  });

  it("follows a configured policy", () => {
    expect(passwordProblems("abcdefgh", { minLength: 8, requireMixed: false })).toEqual([]);
    expect(passwordProblems("abcdefg", { minLength: 8, requireMixed: false })).toEqual(["Minimal 8 karakter."]);
  });

  it("reports the problems as form errors", () => {
    const result = newPasswordField(standard).safeParse("Abcdefghijk1");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Harus memuat simbol (mis. ! # @ %)."]);
  });
});
