"use client";
// The confirmation of a kebijakan mutu transition; "Kembalikan" asks for a note.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ActionError, type ActionFailure } from "@/components/org/action-error";
import { applyFieldErrors } from "@/components/org/apply-field-errors";
import { Button, Dialog, TextareaField, useToast } from "@/components/ui";
import { transitionPolicyAction } from "@/lib/objectives/actions";
import { policyTransitionSchema } from "@/lib/objectives/schema";

type Input = z.input<typeof policyTransitionSchema>;
type Output = z.output<typeof policyTransitionSchema>;
export type PolicyTransition = "submit" | "approve" | "return";

export const POLICY_TRANSITION_TEXT: Record<PolicyTransition, { button: string; title: string; intro: string; done: string }> = {
  submit: {
    button: "Ajukan",
    title: "Ajukan kebijakan mutu?",
    intro: "Draf ini diajukan kepada pimpinan untuk disahkan. Selama diajukan, isinya tidak dapat diubah.",
    done: "Kebijakan mutu diajukan kepada pimpinan.",
  },
  approve: {
    button: "Sahkan",
    title: "Sahkan kebijakan mutu?",
    intro: "Versi ini menjadi kebijakan mutu yang berlaku dan menggantikan versi sebelumnya.",
    done: "Kebijakan mutu disahkan dan berlaku.",
  },
  return: {
    button: "Kembalikan",
    title: "Kembalikan kebijakan mutu",
    intro: "Draf dikembalikan kepada manajer mutu untuk diperbaiki.",
    done: "Kebijakan mutu dikembalikan.",
  },
};

export type PolicyTransitionDialogProps = { policy: { id: string; version: number }; transition: PolicyTransition; onClose: () => void };

export function PolicyTransitionDialog({ policy, transition, onClose }: PolicyTransitionDialogProps) {
  const router = useRouter();
  const toast = useToast();
  const formId = useId();
  const text = POLICY_TRANSITION_TEXT[transition];
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(policyTransitionSchema),
    defaultValues: { id: policy.id, version: policy.version, transition, note: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await transitionPolicyAction({ ...values, note: values.note ?? "" });
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
      open
      onClose={onClose}
      title={text.title}
      size="sm"
      dismissible={!isSubmitting}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={isSubmitting}>
            Batal
          </Button>
          <Button type="submit" form={formId} loading={isSubmitting}>
            {text.button}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate className="stack">
        <p>{text.intro}</p>
        <ActionError failure={failure} />
        {transition === "return" && (
          <TextareaField
            id={`${formId}-note`}
            label="Catatan"
            required
            rows={4}
            maxLength={1000}
            hint="Apa yang perlu diperbaiki."
            error={errors.note?.message}
            {...register("note")}
          />
        )}
      </form>
    </Dialog>
  );
}
