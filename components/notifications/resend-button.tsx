"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button, useToast } from "@/components/ui";
import { resendMailAction } from "@/lib/notifications/actions";

/** "Kirim ulang" of a failed e-mail: back in the queue, sent by the worker within a minute. */
export function ResendButton({ id, to }: { id: string; to: string }) {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      size="sm"
      variant="secondary"
      loading={pending}
      aria-label={`Kirim ulang e-mail ke ${to}`}
      onClick={() =>
        startTransition(async () => {
          const result = await resendMailAction({ id }).catch(() => null);
          if (result?.ok) toast.success("E-mail masuk antrean kirim lagi.");
          else toast.error(result?.message ?? "Server sedang bermasalah; coba lagi.");
          router.refresh();
        })
      }
    >
      Kirim ulang
    </Button>
  );
}
