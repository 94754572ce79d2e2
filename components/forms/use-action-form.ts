"use client";
// The one scaffold of a form that posts to a server action: react-hook-form on the shared zod
// schema, the action's refusal above the form and its field errors on the fields, a toast on
// success. A thrown action (server down, HTTP 500, network lost) is reported like an unavailable
// database; what the user typed is never reset on a failure, so they can simply try again.
import { zodResolver } from "@hookform/resolvers/zod";
import { unstable_rethrow } from "next/navigation";
import { useMemo, useState, type BaseSyntheticEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormProps, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { useToast } from "@/components/ui";
import { UNAVAILABLE_MESSAGE, type ActionResult, type FailureReason } from "@/lib/errors";
import type { ActionFailure } from "./action-error";
import { fieldPathsOf, placeFieldErrors } from "./field-errors";

export type ActionFormOptions<TInput extends FieldValues, TOutput, TData> = {
  schema: z.ZodType<TOutput, TInput>;
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

/** The failure shown when the action did not answer with a result. */
export const UNAVAILABLE_FAILURE: ActionFailure = { reason: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE };

export function useActionForm<TInput extends FieldValues, TOutput, TData>(
  options: ActionFormOptions<TInput, TOutput, TData>,
): ActionForm<TInput, TOutput> {
  const { schema, defaultValues, submit, successMessage, onSuccess, fieldName, onFailure, onInvalid, quietWhenPlaced, formOptions } = options;
  const toast = useToast();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const resolver = useMemo(() => zodResolver(schema), [schema]);
  const form = useForm<TInput, unknown, TOutput>({ ...formOptions, resolver, defaultValues });
  const shouldFocus = formOptions?.shouldFocusError !== false;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    let result: ActionResult<TData> | null;
    try {
      result = await submit(values);
    } catch (error) {
      unstable_rethrow(error);
      console.error("Aksi server gagal:", error);
      toast.error(UNAVAILABLE_MESSAGE);
      setFailure(UNAVAILABLE_FAILURE);
      return;
    }
    if (result === null) return;
    if (!result.ok) {
      const renamed = fieldName
        ? Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([key, messages]) => [fieldName(key), messages]))
        : result.fieldErrors;
      const { placed } = placeFieldErrors(renamed, fieldPathsOf(form.getValues()));
      placed.forEach(({ name, message }, i) =>
        form.setError(name as Path<TInput>, { type: "server", message }, { shouldFocus: shouldFocus && i === 0 }),
      );
      const refusal = { reason: result.reason, message: result.message, fieldErrors: result.fieldErrors };
      const shown = onFailure?.(refusal, placed.length > 0) === true;
      const quiet = placed.length > 0 && (quietWhenPlaced ?? []).includes(result.reason);
      if (!shown && !quiet) setFailure({ reason: result.reason, message: result.message });
      return;
    }
    const message = typeof successMessage === "function" ? successMessage(result.data, values) : successMessage;
    if (message) toast.success(message);
    await onSuccess?.(result.data, values);
  }, onInvalid);

  return { ...form, onSubmit, failure, setFailure };
}

/** A result with other data on success, for a form whose actions answer differently (create vs. update). */
export function withData<T, U>(result: ActionResult<T>, data: U): ActionResult<U> {
  return result.ok ? { ok: true, data } : result;
}
