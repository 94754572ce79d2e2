"use client";
// A keeper reminds the readers who have not confirmed yet (at most once a day each).
import { useState } from "react";
import { Button, useToast } from "@/components/ui";
import { sendReadReminderAction } from "@/lib/documents/distribution-actions";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";

export function ReadReminderButton({ documentId }: { documentId: string }) {
  const toast = useToast();
  const [sending, setSending] = useState(false);
  const send = async () => {
    setSending(true);
    const result = await sendReadReminderAction({ documentId }).catch(() => null);
    setSending(false);
    if (!result) return toast.error(UNAVAILABLE_MESSAGE);
    if (!result.ok) return toast.error(result.message);
    toast.success(result.data === 0 ? "Pengingat hari ini sudah terkirim sebelumnya." : `Pengingat dikirim kepada ${result.data} orang.`);
  };
  return <Button variant="secondary" size="sm" loading={sending} onClick={() => void send()}>Kirim pengingat</Button>;
}
