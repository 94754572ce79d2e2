// zod with Indonesian default messages. Schemas import `z` from here, so every form and action
// speaks Indonesian even where a schema gives no message of its own.
import { z } from "zod";

z.config(z.locales.id());

export { z };

/** Field errors keyed by path, as forms display them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
