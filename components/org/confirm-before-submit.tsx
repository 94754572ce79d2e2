"use client";
// A destructive administration form (reset a password, deactivate a user or unit) asks first, as
// the workflow buttons do: the form is checked, a ConfirmDialog names what happens, and only
// "Ya, …" sends it.
import { useState, type FormEvent, type ReactNode } from "react";
import { ConfirmDialog } from "@/components/ui";

type Validating = { handleSubmit: (valid: () => void) => (event?: FormEvent) => Promise<void> };

export type ConfirmBeforeSubmitOptions = {
  form: Validating;
  /** The real submit (useActionForm's onSubmit). */
  submit: () => Promise<void>;
  pending: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  tone?: "primary" | "danger";
};

/** Returns the form's onSubmit and the dialog to render inside the component. */
export function useConfirmBeforeSubmit({ form, submit, pending, title, message, confirmLabel, tone = "danger" }: ConfirmBeforeSubmitOptions) {
  const [asking, setAsking] = useState(false);
  const onSubmit = form.handleSubmit(() => setAsking(true));
  const dialog = (
    <ConfirmDialog
      open={asking}
      title={title}
      message={message}
      confirmLabel={confirmLabel}
      tone={tone}
      pending={pending}
      onCancel={() => setAsking(false)}
      onConfirm={async () => {
        await submit();
        setAsking(false);
      }}
    />
  );
  return { onSubmit, dialog };
}
