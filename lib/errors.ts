// Expected outcomes travel as values (ActionResult); these errors are the expected refusals that
// server code throws and the action wrapper turns into an Indonesian message. Anything else is a bug.

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
  | "RULE";

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

export function failure(error: DomainError): ActionResult<never> {
  return { ok: false, reason: error.reason, message: error.message, fieldErrors: error.fieldErrors };
}
