"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Button, ConfirmDialog, TextareaField, useToast } from "@/components/ui";
import { revokeRoleAction } from "@/lib/org/actions";

export type RevokeGrantButtonProps = {
  grantId: string;
  /** "Auditor · Dinas Sosial", for the confirmation. */
  grantLabel: string;
  userName: string;
};

/** "Cabut" with a confirmation that takes an optional reason. */
export function RevokeGrantButton({ grantId, grantLabel, userName }: RevokeGrantButtonProps) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const reasonId = `revoke-reason-${grantId}`;

  const close = () => {
    setOpen(false);
    setReason("");
    setError(null);
  };

  const confirm = async () => {
    // The shared schema is loaded on use, so zod stays out of the page's first load.
    const { revokeSchema } = await import("@/lib/org/schema");
    const parsed = revokeSchema.safeParse({ grantId, reason: reason.trim() === "" ? undefined : reason });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Periksa kembali alasan.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await revokeRoleAction(parsed.data);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      toast.success(`Peran ${grantLabel} dicabut.`);
      close();
      router.refresh();
    } finally {
      setPending(false);
    }
  };

  const hint = "Opsional; dicatat pada riwayat perubahan.";

  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        Cabut
      </Button>
      <ConfirmDialog
        open={open}
        title="Cabut peran?"
        tone="danger"
        confirmLabel="Cabut peran"
        pending={pending}
        onCancel={close}
        onConfirm={confirm}
        message={
          // The field exists only while the dialog is open, so its "Alasan" never competes with
          // the label of another form on the page.
          open && (
            <div className="stack">
              <p>
                Peran <strong>{grantLabel}</strong> akan dicabut dari {userName}. Kewenangannya berakhir pada permintaan
                berikutnya.
              </p>
              {error && <Alert tone="danger">{error}</Alert>}
              <TextareaField
                id={reasonId}
                label="Alasan"
                hint={hint}
                rows={2}
                maxLength={500}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
          )
        }
      />
    </>
  );
}
