"use client";
// Runs a workflow transition from a dialog: the pending state, the refusal, the toast and the refresh.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionFailure } from "@/components/forms/action-error";
import { useToast } from "@/components/ui";
import type { ActionResult } from "@/lib/errors";

export function useTransitionRunner<I>(action: (input: I) => Promise<ActionResult<void>>) {
  const router = useRouter();
  const toast = useToast();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  /** Runs the action; once it succeeds, announces `done`, calls `onDone` and reloads the page's data. */
  const run = async (input: I, done: string, onDone: () => void) => {
    setPending(true);
    setFailure(null);
    try {
      const result = await action(input);
      if (!result.ok) {
        setFailure(result);
        return;
      }
      toast.success(done);
      onDone();
      router.refresh();
    } finally {
      setPending(false);
    }
  };

  return { pending, failure, clearFailure: () => setFailure(null), run };
}
