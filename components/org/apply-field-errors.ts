// Puts the field errors of a refused server action onto the react-hook-form fields they name.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Returns true when at least one error landed on a field of the form, so the caller can decide
 * whether the general message still needs to be shown on its own.
 */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[]> | undefined,
  fields: readonly Path<T>[],
): boolean {
  let placed = false;
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const field = fields.find((f) => f === key);
    if (field && messages[0]) {
      setError(field, { type: "server", message: messages[0] }, { shouldFocus: !placed });
      placed = true;
    }
  }
  return placed;
}
