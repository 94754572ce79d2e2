// The one wrapper every server action goes through: session, then schema, then the handler
// (which authorizes through permissions.ts and writes in one transaction). Expected refusals
// come back as values with an Indonesian message; anything else is a bug and is thrown.
import type { z } from "zod";
import { DomainError, failure, type ActionResult } from "../errors";
import { fieldErrorsOf } from "../utils/zod";
import { getCurrentUser } from "./session";
import type { SessionUser } from "./types";

export function guardedAction<S extends z.ZodType, R>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (raw) => {
    const user = await getCurrentUser();
    if (!user) {
      return { ok: false, reason: "UNAUTHENTICATED", message: "Sesi Anda telah berakhir. Silakan masuk kembali." };
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        reason: "INVALID",
        message: "Periksa kembali isian yang ditandai.",
        fieldErrors: fieldErrorsOf(parsed.error),
      };
    }
    try {
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      if (error instanceof DomainError) return failure(error);
      throw error;
    }
  };
}
