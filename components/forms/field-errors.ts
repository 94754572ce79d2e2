// Which form field a server action's field error belongs to. Actions name fields by their path in
// the action's input ("code", "values.code", "content.steps.2.activity"), which is not always the
// path in the form (the form may nest the definition under `values`, or the action may).

export type PlacedFieldError = { name: string; message: string };

export type FieldErrorPlacement = {
  /** Errors that name a field of the form, in the order the server sent them. */
  placed: PlacedFieldError[];
  /** Errors of fields the form does not have (a file input outside the form state, say). */
  unplaced: Record<string, string[]>;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * The field paths of a form's values: nested objects are walked, arrays and scalars are fields
 * (an error on "commitments.2" still lands on the list field "commitments", see below).
 */
export function fieldPathsOf(values: unknown, prefix = ""): string[] {
  if (!isPlainObject(values)) return prefix ? [prefix] : [];
  return Object.entries(values).flatMap(([key, value]) => fieldPathsOf(value, prefix ? `${prefix}.${key}` : key));
}

/** The candidates for a server key, most literal first: as sent, without leading segments, under a known parent. */
function candidatesOf(key: string, parents: readonly string[]): string[] {
  const segments = key.split(".");
  const shortened = segments.slice(1).map((_, i) => segments.slice(i + 1).join("."));
  return [key, ...shortened, ...parents.map((parent) => `${parent}.${key}`)];
}

/**
 * Matches each server field error to a form field. A key matches a field when it is the field's
 * path or lies inside it (a line of a list: "commitments.2" inside "commitments"); when the key as
 * sent matches nothing, its leading segments are dropped ("values.code" → "code") or a parent
 * object of the form is put in front ("code" → "values.code").
 */
export function placeFieldErrors(
  fieldErrors: Record<string, string[]> | undefined,
  fields: readonly string[],
): FieldErrorPlacement {
  const placement: FieldErrorPlacement = { placed: [], unplaced: {} };
  const parents = [...new Set(fields.filter((f) => f.includes(".")).map((f) => f.slice(0, f.indexOf("."))))];
  const covers = (name: string) => fields.some((f) => name === f || name.startsWith(`${f}.`));
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages.find((m) => m.trim() !== "");
    if (!message) continue;
    const name = candidatesOf(key, parents).find(covers);
    if (name) placement.placed.push({ name, message });
    else placement.unplaced[key] = messages;
  }
  return placement;
}

/** The field errors under the names `rename` gives them; errors landing on one name are joined. */
export function renameFieldErrors(
  fieldErrors: Record<string, string[]> | undefined,
  rename: ((key: string) => string) | undefined,
): Record<string, string[]> | undefined {
  if (!fieldErrors || !rename) return fieldErrors;
  const renamed: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fieldErrors)) (renamed[rename(key)] ??= []).push(...messages);
  return renamed;
}
