"use client";
// The arsiparis hands the archive out: kartu kendali number, date out and due date.
import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, TextField } from "@/components/ui";
import { issueLoanAction } from "@/lib/documents/loan-actions";

export function LoanIssueForm({ id, version, today, defaultDue }: { id: string; version: number; today: string; defaultDue: string }) {
  const router = useRouter();
  const form = useActionForm({
    schema: () => import("@/lib/documents/loan-schema").then((m) => m.loanIssueSchema),
    defaultValues: { id, version, controlCardNo: "", outDate: today, dueDate: defaultDue },
    submit: (values) => issueLoanAction(values),
    successMessage: "Arsip diserahkan kepada peminjam.",
    onSuccess: () => router.refresh(),
  });
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <form onSubmit={form.onSubmit} noValidate className="stack" aria-label="Serahkan arsip">
      <ActionError failure={form.failure} />
      <div className="grid-3">
        <TextField id="issue-card" label="Nomor kartu kendali" required maxLength={60} error={errors.controlCardNo?.message} {...register("controlCardNo")} />
        <TextField id="issue-out" label="Tanggal keluar" type="date" required error={errors.outDate?.message} {...register("outDate")} />
        <TextField id="issue-due" label="Batas waktu pengembalian" type="date" required error={errors.dueDate?.message} {...register("dueDate")} />
      </div>
      <div>
        <Button type="submit" loading={isSubmitting}>Serahkan arsip</Button>
      </div>
    </form>
  );
}
