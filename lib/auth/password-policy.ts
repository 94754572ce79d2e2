// The password policy's checks and its zod field (data and description: constants.ts).
// The server reads the configured policy with passwordPolicy() in password.ts.
import { z } from "../utils/zod";
import type { PasswordPolicy } from "./constants";

export { describePolicy, type PasswordPolicy } from "./constants";

/** Indonesian problems with a new password; empty when it satisfies the policy. */
export function passwordProblems(password: string, policy: PasswordPolicy): string[] {
  const problems: string[] = [];
  if (password.length < policy.minLength) problems.push(`Minimal ${policy.minLength} karakter.`);
  if (policy.requireMixed) {
    if (!/[a-z]/.test(password)) problems.push("Harus memuat huruf kecil.");
    if (!/[A-Z]/.test(password)) problems.push("Harus memuat huruf besar.");
    if (!/[0-9]/.test(password)) problems.push("Harus memuat angka.");
    if (!/[^A-Za-z0-9]/.test(password)) problems.push("Harus memuat simbol (mis. ! # @ %).");
  }
  return problems;
}

export function newPasswordField(policy: PasswordPolicy) {
  return z
    .string()
    .max(256, "Kata sandi terlalu panjang.")
    .superRefine((value, ctx) => {
      for (const message of passwordProblems(value, policy)) ctx.addIssue({ code: "custom", message });
    });
}
