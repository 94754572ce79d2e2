"use client";

import { useRouter } from "next/navigation";
import { Alert, Button } from "@/components/ui";
import type { FailureReason } from "@/lib/errors";

export type ActionFailure = { reason: FailureReason; message: string };

/**
 * The refusal of a server action above its form. A STALE refusal (someone saved in between) gets
 * a "Muat ulang" button: the page reloads its data, and the form (keyed by version) starts afresh.
 */
export function ActionError({ failure }: { failure: ActionFailure | null }) {
  const router = useRouter();
  if (!failure) return null;
  if (failure.reason === "STALE") {
    return (
      <Alert tone="warning" title="Data telah berubah">
        <div className="stack-sm">
          <p>{failure.message}</p>
          <div>
            <Button variant="secondary" size="sm" onClick={() => router.refresh()}>
              Muat ulang
            </Button>
          </div>
        </div>
      </Alert>
    );
  }
  return <Alert tone="danger">{failure.message}</Alert>;
}
