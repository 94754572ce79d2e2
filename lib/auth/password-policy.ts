// The password policy as data and pure checks, safe to import in client forms.
// The server reads the configured policy with passwordPolicy() in password.ts.
import { z } from "../utils/zod";

export interface PasswordPolicy {
  minLength: number;
  requireMixed: boolean;
}

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

export function describePolicy(policy: PasswordPolicy): string {
  return policy.requireMixed
    ? `Minimal ${policy.minLength} karakter, memuat huruf besar, huruf kecil, angka dan simbol.`
    : `Minimal ${policy.minLength} karakter.`;
}

export function newPasswordField(policy: PasswordPolicy) {
  return z
    .string()
    .max(256, "Kata sandi terlalu panjang.")
    .superRefine((value, ctx) => {
      for (const message of passwordProblems(value, policy)) ctx.addIssue({ code: "custom", message });
    });
}
