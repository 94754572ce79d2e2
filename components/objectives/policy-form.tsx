"use client";
// Drafting a new version of a kebijakan mutu, or editing a draft (or returned) one.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { ActionError, type ActionFailure } from "@/components/org/action-error";
import { applyFieldErrors } from "@/components/org/apply-field-errors";
import { Button, LinkButton, TextareaField, useToast } from "@/components/ui";
import { createPolicyAction, updatePolicyAction } from "@/lib/objectives/actions";
import { policyFormSchema } from "@/lib/objectives/schema";
import { PolicyCommitmentsEditor } from "./policy-commitments-editor";
import styles from "./objectives.module.css";

type Input = z.input<typeof policyFormSchema>;
type Output = z.output<typeof policyFormSchema>;

export type PolicyFormProps = {
  agencyId: string;
  /** The draft being edited; absent when drafting a new version. */
  policy?: { id: string; version: number };
  defaults: { statement: string; commitments: string[] };
  cancelHref: string;
};

export function PolicyForm({ agencyId, policy, defaults, cancelHref }: PolicyFormProps) {
  const router = useRouter();
  const toast = useToast();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(policyFormSchema),
    defaultValues: {
      agencyId,
      statement: defaults.statement,
      commitments: defaults.commitments.length > 0 ? defaults.commitments : [""],
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    if (policy) {
      const result = await updatePolicyAction({ id: policy.id, version: policy.version, values });
      if (!result.ok) {
        const named = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k.replace(/^values\./, ""), v]));
        applyFieldErrors(setError, named, ["statement", "commitments"]);
        setFailure(result);
        return;
      }
      toast.success("Draf kebijakan mutu disimpan.");
      router.refresh();
      return;
    }
    const result = await createPolicyAction(values);
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors, ["statement", "commitments"]);
      setFailure(result);
      return;
    }
    toast.success("Draf kebijakan mutu dibuat. Ajukan kepada pimpinan untuk disahkan.");
    router.push(`/objectives/policy/${encodeURIComponent(result.data.id)}`);
  });

  const commitmentErrors = errors.commitments;
  const itemErrors = Array.isArray(commitmentErrors) ? commitmentErrors.map((e) => e?.message) : [];

  return (
    <form onSubmit={onSubmit} noValidate className="stack-lg">
      <ActionError failure={failure} />
      <TextareaField
        id="policy-statement"
        label="Pernyataan kebijakan mutu"
        required
        rows={5}
        maxLength={4000}
        hint="Komitmen pimpinan terhadap mutu layanan, sesuai tujuan dan konteks Perangkat Daerah (ISO 9001:2015 klausul 5.2)."
        error={errors.statement?.message}
        {...register("statement")}
      />
      <Controller
        control={control}
        name="commitments"
        render={({ field }) => (
          <PolicyCommitmentsEditor
            value={field.value}
            onChange={field.onChange}
            error={commitmentErrors?.message ?? commitmentErrors?.root?.message}
            itemErrors={itemErrors}
          />
        )}
      />
      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          Simpan
        </Button>
        <LinkButton href={cancelHref} variant="secondary">
          Batal
        </LinkButton>
      </div>
    </form>
  );
}
