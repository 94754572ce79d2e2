"use client";
// "Kembalikan" (with a required note) and "Tutup" (with a required reason) of a sasaran mutu.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ActionError, type ActionFailure } from "@/components/org/action-error";
import { applyFieldErrors } from "@/components/org/apply-field-errors";
import { Button, Dialog, TextareaField, useToast } from "@/components/ui";
import { transitionObjectiveAction } from "@/lib/objectives/actions";
import { objectiveTransitionSchema } from "@/lib/objectives/schema";

type Input = z.input<typeof objectiveTransitionSchema>;
type Output = z.output<typeof objectiveTransitionSchema>;

const TEXT = {
  return: {
    title: "Kembalikan sasaran mutu",
    intro: "Sasaran dikembalikan kepada penyusunnya untuk diperbaiki, lalu diajukan kembali.",
    label: "Catatan",
    hint: "Apa yang perlu diperbaiki.",
    confirm: "Kembalikan",
    done: "Sasaran mutu dikembalikan kepada penyusunnya.",
  },
  close: {
    title: "Tutup sasaran mutu",
    intro: "Sasaran yang ditutup tidak diukur lagi. Pengukuran yang sudah dicatat tetap tersimpan.",
    label: "Alasan",
    hint: "Mis. layanan dialihkan ke unit lain, atau sasaran digabung dengan sasaran lain.",
    confirm: "Tutup sasaran",
    done: "Sasaran mutu ditutup.",
  },
} as const;

export type TransitionNoteDialogProps = {
  open: boolean;
  onClose: () => void;
  transition: "return" | "close";
  objective: { id: string; version: number };
};

export function TransitionNoteDialog({ open, onClose, transition, objective }: TransitionNoteDialogProps) {
  const router = useRouter();
  const toast = useToast();
  const formId = useId();
  const text = TEXT[transition];
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(objectiveTransitionSchema),
    defaultValues: { id: objective.id, version: objective.version, transition, note: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await transitionObjectiveAction({ ...values, note: values.note ?? "" });
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors, ["note"]);
      setFailure(result);
      return;
    }
    toast.success(text.done);
    onClose();
    router.refresh();
  });

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={text.title}
      dismissible={!isSubmitting}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={isSubmitting}>
            Batal
          </Button>
          <Button type="submit" form={formId} variant={transition === "close" ? "danger" : "primary"} loading={isSubmitting}>
            {text.confirm}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate className="stack">
        <p>{text.intro}</p>
        <ActionError failure={failure} />
        <TextareaField
          id={`${formId}-note`}
          label={text.label}
          required
          rows={4}
          maxLength={1000}
          hint={text.hint}
          error={errors.note?.message}
          {...register("note")}
        />
      </form>
    </Dialog>
  );
}
