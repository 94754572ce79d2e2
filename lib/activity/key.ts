// The key of the change-history chain. It lives outside the database, so whoever can rewrite the
// Activity table (a superuser who disables the trigger) still cannot re-hash rows or forge new
// ones that verify. ACTIVITY_KEY when set; otherwise derived from the session secret (AUTH_SECRET,
// or the .data/auth-secret file `npm start` generates), so the portal and `npm run audit:verify`
// agree without extra configuration. Changing the key makes the rows written before unverifiable:
// keep it as carefully as the database backups.
import { createHmac } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { authSecret, env } from "../env";

// Only for development and tests without any secret: such a chain proves nothing.
const DEVELOPMENT_SECRET = "portal-mutu-development-only-activity-secret";

let cached: { source: string; key: Buffer } | undefined;

function secretSource(): string {
  const e = env();
  if (e.ACTIVITY_KEY) return e.ACTIVITY_KEY;
  const secret = authSecret();
  if (secret) return secret;
  const file = path.join(process.cwd(), ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  if (e.NODE_ENV === "production") {
    throw new Error("Kunci riwayat perubahan tidak ada: setel ACTIVITY_KEY atau AUTH_SECRET.");
  }
  return DEVELOPMENT_SECRET;
}

/** The HMAC key, derived so that the session secret itself never signs history rows. */
export function activityKey(): Buffer {
  const source = secretSource();
  if (cached?.source !== source) {
    cached = { source, key: createHmac("sha256", source).update("portal-mutu/activity-chain/v1").digest() };
  }
  return cached.key;
}
