"use client";
// Drafting a new version of a kebijakan mutu, or editing a draft (or returned) one.
import { useRouter } from "next/navigation";
import { Controller } from "react-hook-form";
import { ActionError, useActionForm, withData } from "@/components/forms";
import { Button, LinkButton, TextareaField } from "@/components/ui";
import type { ActionResult } from "@/lib/errors";
import { createPolicyAction, updatePolicyAction } from "@/lib/objectives/actions";
import { PolicyCommitmentsEditor } from "./policy-commitments-editor";
import styles from "./objectives.module.css";

export type PolicyFormProps = {
  agencyId: string;
  /** The draft being edited; absent when drafting a new version. */
  policy?: { id: string; version: number };
  defaults: { statement: string; commitments: string[] };
  cancelHref: string;
};

export function PolicyForm({ agencyId, policy, defaults, cancelHref }: PolicyFormProps) {
  const router = useRouter();
  const {
    register,
    control,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/objectives/schema").then((m) => m.policyFormSchema),
    defaultValues: {
      agencyId,
      statement: defaults.statement,
      commitments: defaults.commitments.length > 0 ? defaults.commitments : [""],
    },
    // The update action names the fields under `values`; the form has them at the top.
    submit: async (values): Promise<ActionResult<{ id: string } | null>> =>
      policy ? withData(await updatePolicyAction({ id: policy.id, version: policy.version, values }), null) : createPolicyAction(values),
    successMessage: policy ? "Draf kebijakan mutu disimpan." : "Draf kebijakan mutu dibuat. Ajukan kepada pimpinan untuk disahkan.",
    onSuccess: (created) => {
      if (created) router.push(`/objectives/policy/${encodeURIComponent(created.id)}`);
      else router.refresh();
    },
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
