// Every environment variable the portal reads, validated once. Nothing else reads process.env.
import path from "node:path";
import { z } from "zod";

const intFrom = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL connection string. When unset the embedded PGlite database is used. */
  DATABASE_URL: z.string().trim().min(1).optional(),
  /** Data directory of the embedded database. */
  PGLITE_DIR: z.string().trim().min(1).default(path.join(".data", "pglite")),
  /** The file store of every upload (lib/files): content named by SHA-256. Back it up with the database. */
  FILES_DIR: z.string().trim().min(1).default(path.join(".data", "files")),
  /** Secret that signs session tokens (NEXTAUTH_SECRET is accepted too). */
  AUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  SESSION_MAX_AGE_HOURS: intFrom(8),
  /** Key of the change-history HMAC chain (default: derived from AUTH_SECRET). Keep it out of the database. */
  ACTIVITY_KEY: z.string().min(16).optional(),
  /** Signed checkpoints of the change-history head (file outside the database). */
  ACTIVITY_CHECKPOINT_FILE: z.string().trim().min(1).default(path.join(".data", "activity-checkpoints.jsonl")),
  /** The running portal writes a checkpoint at most this many minutes after a change; 0 turns it off. */
  ACTIVITY_CHECKPOINT_MINUTES: z.coerce.number().int().min(0).optional(),
  /** A session ends this many hours after sign-in however often it is renewed. */
  SESSION_ABSOLUTE_MAX_HOURS: intFrom(12),
  /** Password policy; the defaults follow the national application-security standard. */
  PASSWORD_MIN_LENGTH: intFrom(12),
  PASSWORD_REQUIRE_MIXED: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  LOGIN_MAX_FAILURES: intFrom(5),
  LOGIN_LOCK_MINUTES: intFrom(15),
  /** Failed sign-ins one client address may make (over all accounts) before it is locked out. */
  LOGIN_ADDRESS_MAX_FAILURES: intFrom(30),
  PORT: intFrom(3000),
  /** The agency's SMTP server, e.g. smtps://user:pass@mail.example.go.id:465. Unset: e-mail waits in the outbox. */
  // Not validated here: a wrong URL is reported at start (lib/notifications/mailer.ts) and the portal still serves.
  SMTP_URL: z.string().trim().min(1).optional(),
  /** Sender of the portal's e-mail. */
  MAIL_FROM: z.string().trim().min(3).default("Portal Mutu <noreply@portalmutu.go.id>"),
  /** Local hour (0-23, in each agency's time zone) at which the daily reminders and digests run. */
  REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** The scheduled jobs and the outbox worker run inside `npm start`; "false" leaves them to another process. */
  JOBS_ENABLED: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    // An empty variable (DATABASE_URL= npm start) means "not set".
    const given = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
    const parsed = envSchema.safeParse(given);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new Error(`Konfigurasi lingkungan tidak valid:\n${problems.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** Tests and scripts change variables at run time; this drops the cached copy. */
export function reloadEnv(): void {
  cached = undefined;
}

export function authSecret(): string | undefined {
  const e = env();
  return e.AUTH_SECRET ?? e.NEXTAUTH_SECRET;
}

/** The public URL is HTTPS: cookies are Secure and responses carry HSTS. */
export function publicUrlIsHttps(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function isDevelopment(): boolean {
  return env().NODE_ENV === "development";
}
