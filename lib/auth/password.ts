// Password hashing (Argon2id, memory-hard; prebuilt binary, no install script) and the policy.
import { hash, verify } from "@node-rs/argon2";
import { env } from "../env";
import type { PasswordPolicy } from "./password-policy";

// OWASP's Argon2id baseline: 19 MiB memory, 2 passes, 1 lane.
const OPTIONS = { algorithm: 2 /* Argon2id; the package exports it as a const enum */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this keeps the time of a failed sign-in the same for unknown accounts.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("portal-mutu-dummy-password");
  await verifyPassword(await dummyHash, password);
}

export function passwordPolicy(): PasswordPolicy {
  const e = env();
  return { minLength: e.PASSWORD_MIN_LENGTH, requireMixed: e.PASSWORD_REQUIRE_MIXED };
}
