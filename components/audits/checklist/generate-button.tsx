"use client";
// "Susun daftar periksa": generates the items from the audit's clauses and SOP steps (again: adds
// only what is missing).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, useToast } from "@/components/ui";
import { generateChecklistAction } from "@/lib/audits/checklist-actions";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";

export function GenerateChecklistButton({ auditId, hasItems }: { auditId: string; hasItems: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const result = await generateChecklistAction({ auditId }).catch(() => null);
    setBusy(false);
    if (!result) return toast.error(UNAVAILABLE_MESSAGE);
    if (!result.ok) return toast.error(result.message);
    toast.success(result.data.added === 0 ? "Daftar periksa sudah lengkap; tidak ada butir baru." : `${result.data.added} butir ditambahkan.`);
    router.refresh();
  };
  return (
    <Button onClick={run} loading={busy} variant={hasItems ? "secondary" : "primary"}>
      {hasItems ? "Lengkapi dari klausul dan SOP" : "Susun daftar periksa"}
    </Button>
  );
}
