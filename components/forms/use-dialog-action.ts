"use client";
// The one behaviour of a button that confirms in a dialog and calls a server action: the dialog
// stays open with the refusal (or "server sedang bermasalah") on failure; on success it closes,
// a toast says what happened and the page reloads its data.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useToast } from "@/components/ui";
import { UNAVAILABLE_MESSAGE, type ActionResult } from "@/lib/errors";

export function useDialogAction() {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  /** Calls the action; `field` names the input whose error is shown in place of the general refusal. */
  const run = async <T,>(call: () => Promise<ActionResult<T>>, done: string, field?: string) => {
    setSending(true);
    const result = await call().catch(() => null);
    setSending(false);
    if (!result) return setError(UNAVAILABLE_MESSAGE);
    if (!result.ok) return setError((field && result.fieldErrors?.[field]?.[0]) || result.message);
    setOpen(false);
    toast.success(done);
    router.refresh();
  };

  return {
    open,
    error,
    sending,
    run,
    show: () => {
      setError(null);
      setOpen(true);
    },
    close: () => setOpen(false),
  };
}
