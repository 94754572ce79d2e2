// Expected outcomes travel as values (ActionResult); these errors are the expected refusals that
// server code throws and the action wrapper turns into an Indonesian message. Anything else is a bug.
import { classifyDatabaseError } from "./db/errors";

export type ActionResult<T = void> =
  | { ok: true; data: T }
  | { ok: false; reason: FailureReason; message: string; fieldErrors?: Record<string, string[]> };

export type FailureReason =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "INVALID"
  | "NOT_FOUND"
  | "STALE"
  | "CONFLICT"
  | "RULE"
  | "UNAVAILABLE";

export class DomainError extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const forbidden = (message = "Anda tidak berwenang melakukan tindakan ini.") =>
  new DomainError("FORBIDDEN", message);

export const notFound = (what = "Data") => new DomainError("NOT_FOUND", `${what} tidak ditemukan.`);

/** Optimistic concurrency: the record changed since the form was opened. */
export const staleRecord = () =>
  new DomainError(
    "STALE",
    "Data ini telah diubah oleh pengguna lain sejak Anda membukanya. Muat ulang halaman, lalu ulangi perubahan Anda.",
  );

export const conflict = (message: string, field?: string) =>
  new DomainError("CONFLICT", message, field ? { [field]: [message] } : undefined);

export const ruleBroken = (message: string) => new DomainError("RULE", message);

export const UNAVAILABLE_MESSAGE = "Server sedang bermasalah, perubahan Anda belum tersimpan; coba lagi.";
export const DUPLICATE_MESSAGE =
  "Data yang sama baru saja disimpan oleh pengguna lain. Muat ulang halaman untuk melihatnya, lalu ulangi bila perlu.";
export const CONTENTION_MESSAGE = "Data ini sedang diubah pengguna lain pada saat yang sama. Muat ulang halaman, lalu ulangi bila masih perlu.";
export const UNAUTHENTICATED_MESSAGE = "Sesi Anda telah berakhir. Silakan masuk kembali.";

export function failure(error: DomainError): ActionResult<never> {
  return { ok: false, reason: error.reason, message: error.message, fieldErrors: error.fieldErrors };
}

/**
 * The value an action returns for an error it caught: refusals and the expected database failures
 * (a unique key taken meanwhile, the database unreachable) become Indonesian messages; null means
 * a bug, which the caller rethrows.
 */
export function expectedFailure(error: unknown): ActionResult<never> | null {
  if (error instanceof DomainError) return failure(error);
  const db = classifyDatabaseError(error);
  if (db?.kind === "unique") return { ok: false, reason: "CONFLICT", message: DUPLICATE_MESSAGE };
  if (db?.kind === "contention") return { ok: false, reason: "STALE", message: CONTENTION_MESSAGE };
  if (db?.kind === "unavailable") {
    console.error("Basis data tidak dapat dihubungi:", error);
    return { ok: false, reason: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE };
  }
  return null;
}
