"use client";
// The one scaffold of a form that posts to a server action: react-hook-form on the shared zod
// schema (loaded lazily in the browser, see lazy-resolver.ts), the action's refusal above the form and its field errors on the fields, a toast on
// success. A thrown action (server down, HTTP 500, network lost) is reported like an unavailable
// database; what the user typed is never reset on a failure, so they can simply try again.
import { unstable_rethrow } from "next/navigation";
import { useEffect, useMemo, useState, type BaseSyntheticEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormProps, type UseFormReturn } from "react-hook-form";
import { useToast } from "@/components/ui";
import { UNAVAILABLE_MESSAGE, type ActionResult, type FailureReason } from "@/lib/errors";
import type { ActionFailure } from "./action-error";
import { fieldPathsOf, placeFieldErrors, renameFieldErrors } from "./field-errors";
import { lazyResolver, type SchemaSource } from "./lazy-resolver";
import { UNAVAILABLE_FAILURE, submitToAction } from "./submission";

export type ActionFormOptions<TInput extends FieldValues, TOutput, TData> = {
  /**
   * The shared zod schema, or (to keep zod out of the page's first load) its loader:
   * `() => import("@/lib/x/schema").then((m) => m.xSchema)`. Loading starts on mount.
   */
  schema: SchemaSource<TInput, TOutput>;
  /** A loader is called once; give a key (e.g. a prop the schema is built from) to load it again when it changes. */
  schemaKey?: unknown;
  defaultValues: DefaultValues<TInput>;
  /** Calls the server action; null when a check in the browser refused (it set its own errors). */
  submit: (values: TOutput) => Promise<ActionResult<TData> | null>;
  /** The toast after a success. */
  successMessage?: string | ((data: TData, values: TOutput) => string);
  /** After the success toast: navigate, refresh, close a dialog. */
  onSuccess?: (data: TData, values: TOutput) => void | Promise<void>;
  /** Renames a server field key before it is matched to a form field. */
  fieldName?: (key: string) => string;
  /**
   * Sees every refusal after its field errors were placed. Return true when the form shows it in
   * its own way, so no alert is shown above the form.
   */
  onFailure?: (failure: ActionFailure & { fieldErrors?: Record<string, string[]> }, placed: boolean) => boolean | void;
  /** When the browser-side validation refuses (nothing is sent). */
  onInvalid?: () => void;
  /** Refusals not repeated above the form when their message already sits on a field. */
  quietWhenPlaced?: readonly FailureReason[];
  /** Further useForm options (mode, shouldFocusError, …). */
  formOptions?: Omit<UseFormProps<TInput, unknown, TOutput>, "resolver" | "defaultValues">;
};

export type ActionForm<TInput extends FieldValues, TOutput> = UseFormReturn<TInput, unknown, TOutput> & {
  /** The form's onSubmit handler. */
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** The refusal to show with <ActionError failure={failure} />, or null. */
  failure: ActionFailure | null;
  setFailure: (failure: ActionFailure | null) => void;
};

export function useActionForm<TInput extends FieldValues, TOutput, TData>(
  options: ActionFormOptions<TInput, TOutput, TData>,
): ActionForm<TInput, TOutput> {
  const { schema, schemaKey, defaultValues, submit, successMessage, onSuccess, fieldName, onFailure, onInvalid, quietWhenPlaced, formOptions } = options;
  const toast = useToast();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  // A loader is a new function on every render: the key says when the schema really changed.
  const key = typeof schema === "function" ? schemaKey : schema;
  const resolver = useMemo(() => lazyResolver(schema), [key]);
  useEffect(() => {
    resolver.preload().catch(() => undefined);
  }, [resolver]);
  const form = useForm<TInput, unknown, TOutput>({ ...formOptions, resolver, defaultValues });
  const shouldFocus = formOptions?.shouldFocusError !== false;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const submission = await submitToAction(() => submit(values));
    switch (submission.kind) {
      case "not-sent":
        return;
      case "unanswered":
        // A redirect or notFound() from the action is navigation, not a failure.
        unstable_rethrow(submission.error);
        console.error("Aksi server gagal:", submission.error);
        // The values stay as typed: the user only has to send them again.
        toast.error(UNAVAILABLE_MESSAGE);
        setFailure(UNAVAILABLE_FAILURE);
        return;
      case "refused": {
        const { failure: refusal, fieldErrors } = submission;
        const { placed } = placeFieldErrors(renameFieldErrors(fieldErrors, fieldName), fieldPathsOf(form.getValues()));
        placed.forEach(({ name, message }, i) =>
          form.setError(name as Path<TInput>, { type: "server", message }, { shouldFocus: shouldFocus && i === 0 }),
        );
        const shown = onFailure?.({ ...refusal, fieldErrors }, placed.length > 0) === true;
        const quiet = placed.length > 0 && (quietWhenPlaced ?? []).includes(refusal.reason);
        if (!shown && !quiet) setFailure(refusal);
        return;
      }
      case "saved": {
        const message = typeof successMessage === "function" ? successMessage(submission.data, values) : successMessage;
        if (message) toast.success(message);
        await onSuccess?.(submission.data, values);
      }
    }
  }, onInvalid);

  return { ...form, onSubmit, failure, setFailure };
}

