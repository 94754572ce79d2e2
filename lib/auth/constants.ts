// The password policy as data and its description, free of zod so client forms can import them.
export interface PasswordPolicy {
  minLength: number;
  requireMixed: boolean;
}

export function describePolicy(policy: PasswordPolicy): string {
  return policy.requireMixed
    ? `Minimal ${policy.minLength} karakter, memuat huruf besar, huruf kecil, angka dan simbol.`
    : `Minimal ${policy.minLength} karakter.`;
}
