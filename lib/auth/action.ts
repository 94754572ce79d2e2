// The one wrapper every server action goes through: session, then schema, then the handler
// (which authorizes through permissions.ts and writes in one transaction). Expected refusals and
// expected database failures come back as values with an Indonesian message; anything else is a
// bug and is thrown. `guardedFormAction` is the same for multipart forms that carry files.
import type { z } from "zod";
import type { UploadedFile } from "../attachments/store";
import { UNAUTHENTICATED_MESSAGE, expectedFailure, forbidden, type ActionResult } from "../errors";
import { fieldErrorsOf } from "../utils/zod";
import { can, type Permission } from "./permissions";
import { getCurrentUser } from "./session";
import type { SessionUser } from "./types";

async function run<S extends z.ZodType, R>(
  schema: S,
  raw: (user: SessionUser) => Promise<unknown>,
  handler: (input: z.output<S>, user: SessionUser) => Promise<R>,
): Promise<ActionResult<R>> {
  try {
    const user = await getCurrentUser();
    if (!user) return { ok: false, reason: "UNAUTHENTICATED", message: UNAUTHENTICATED_MESSAGE };
    const parsed = schema.safeParse(await raw(user));
    if (!parsed.success) {
      return { ok: false, reason: "INVALID", message: "Periksa kembali isian yang ditandai.", fieldErrors: fieldErrorsOf(parsed.error) };
    }
    return { ok: true, data: await handler(parsed.data, user) };
  } catch (error) {
    const expected = expectedFailure(error);
    if (expected) return expected;
    throw error;
  }
}

export function guardedAction<S extends z.ZodType, R>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return (raw) => run(schema, async () => raw, handler);
}

export interface FormActionOptions {
  /** Names of the form's file fields; every other field is text. */
  files: readonly string[];
  /**
   * Held anywhere before any file is read: a stranger's upload is refused before it costs
   * anything. The handler still authorizes against the record's unit.
   */
  permission?: Permission;
  /** Turns the text fields into the schema's input (e.g. "" to null, a number from a string). */
  prepare?: (fields: Record<string, string>) => unknown;
}

/**
 * A server action that takes FormData: text fields go through the schema, files are read (a file
 * input left empty becomes null) and handed to the handler beside the parsed values.
 */
export function guardedFormAction<S extends z.ZodType, R>(
  schema: S,
  options: FormActionOptions,
  handler: (input: z.output<S>, files: Record<string, UploadedFile | null>, user: SessionUser) => Promise<R>,
): (form: FormData) => Promise<ActionResult<R>> {
  return async (form) => {
    const files: Record<string, UploadedFile | null> = Object.fromEntries(options.files.map((name) => [name, null]));
    const read = async (user: SessionUser) => {
      if (options.permission && !can(user, options.permission)) throw forbidden();
      const fields: Record<string, string> = {};
      for (const [key, value] of form.entries()) {
        if (options.files.includes(key)) {
          // A file input left empty arrives as a nameless empty File; a chosen empty file keeps its
          // name, so the handler can say "Berkas kosong".
          if (value instanceof File && (value.size > 0 || value.name !== "")) {
            files[key] = { name: value.name, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
          }
        } else if (typeof value === "string") {
          fields[key] = value;
        }
      }
      return options.prepare ? options.prepare(fields) : fields;
    };
    return run(schema, read, (input, user) => handler(input, files, user));
  };
}
