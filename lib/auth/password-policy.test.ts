import { describe, expect, it } from "vitest";
import { describePolicy, newPasswordField, passwordProblems } from "./password-policy";

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

describe("password policy, class by class", () => {
  it.each([
    ["MUTU#KUPANG2026", "Harus memuat huruf kecil."],
    ["mutu#kupang2026", "Harus memuat huruf besar."],
    ["Mutu#Kupang#NTT", "Harus memuat angka."],
    ["MutuKupang2026", "Harus memuat simbol (mis. ! # @ %)."],
  ])("names the one missing class of %s", (password, problem) => {
    expect(passwordProblems(password, standard)).toEqual([problem]);
  });

  it("accepts exactly the minimum length", () => {
    expect(passwordProblems("Abcdefghij1!", standard)).toEqual([]);
    expect(passwordProblems("Abcdefghi1!", standard)).toEqual(["Minimal 12 karakter."]);
  });

  it("describes the policy in Indonesian", () => {
    expect(describePolicy(standard)).toBe("Minimal 12 karakter, memuat huruf besar, huruf kecil, angka dan simbol.");
    expect(describePolicy({ minLength: 8, requireMixed: false })).toBe("Minimal 8 karakter.");
  });

  it("refuses an overlong password with its own message and accepts a good one", () => {
    const field = newPasswordField(standard);
    expect(field.safeParse(`Aa1!${"x".repeat(253)}`).error?.issues.map((i) => i.message)).toEqual(["Kata sandi terlalu panjang."]);
    expect(field.safeParse(`Aa1!${"x".repeat(252)}`).success).toBe(true);
    const issues = field.safeParse("pendek").error?.issues ?? [];
    expect(issues.every((i) => i.code === "custom")).toBe(true);
    expect(issues).toHaveLength(4);
  });
});
