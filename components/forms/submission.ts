// What became of one submission to a server action, decided without React so it can be tested:
// nothing sent (a check in the browser refused), saved, refused with a reason, or no answer at all
// (the action threw: server down, HTTP 500, network lost).
import { UNAVAILABLE_MESSAGE, type ActionResult } from "@/lib/errors";
import type { ActionFailure } from "./action-error";

export type Submission<T> =
  | { kind: "not-sent" }
  | { kind: "saved"; data: T }
  | { kind: "refused"; failure: ActionFailure; fieldErrors?: Record<string, string[]> }
  | { kind: "unanswered"; error: unknown };

/** The failure shown when the action did not answer with a result. */
export const UNAVAILABLE_FAILURE: ActionFailure = { reason: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE };

/** Calls the action and says what became of it; never throws. */
export async function submitToAction<T>(send: () => Promise<ActionResult<T> | null>): Promise<Submission<T>> {
  let result: ActionResult<T> | null;
  try {
    result = await send();
  } catch (error) {
    return { kind: "unanswered", error };
  }
  if (result === null) return { kind: "not-sent" };
  if (result.ok) return { kind: "saved", data: result.data };
  return { kind: "refused", failure: { reason: result.reason, message: result.message }, fieldErrors: result.fieldErrors };
}

/** A result with other data on success, for a form whose actions answer differently (create vs. update). */
export function withData<T, U>(result: ActionResult<T>, data: U): ActionResult<U> {
  return result.ok ? { ok: true, data } : result;
}
