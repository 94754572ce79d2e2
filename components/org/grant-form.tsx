"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button, SelectField, useToast, type SelectOption } from "@/components/ui";
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { grantRoleAction } from "@/lib/org/actions";
import { grantSchema } from "@/lib/org/schema";
import { ActionError, type ActionFailure } from "./action-error";
import { applyFieldErrors } from "./apply-field-errors";
import styles from "./org.module.css";

type Input = z.input<typeof grantSchema>;
type Output = z.output<typeof grantSchema>;

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export type GrantFormProps = {
  userId: string;
  /** Active units the admin may grant roles on. */
  unitOptions: SelectOption[];
  /** Portal-wide admins may grant a role on the whole portal (unit left empty). */
  allowPortalWide: boolean;
  defaultUnitId?: string;
};

/** After each grant the form starts afresh (a new key remounts it). */
export function GrantForm(props: GrantFormProps) {
  const [round, setRound] = useState(0);
  return <GrantFormRound key={round} {...props} onGranted={() => setRound((r) => r + 1)} />;
}

function GrantFormRound({ userId, unitOptions, allowPortalWide, defaultUnitId, onGranted }: GrantFormProps & { onGranted: () => void }) {
  const router = useRouter();
  const toast = useToast();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const initialUnit = defaultUnitId && unitOptions.some((o) => o.value === defaultUnitId && !o.disabled) ? defaultUnitId : "";
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(grantSchema),
    defaultValues: { userId, role: undefined, unitId: initialUnit },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    if (values.unitId === null && !allowPortalWide) {
      setError("unitId", { message: "Pilih unit." }, { shouldFocus: true });
      return;
    }
    const result = await grantRoleAction({ ...values, unitId: values.unitId ?? "" });
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors, ["role", "unitId"]);
      setFailure(result);
      return;
    }
    toast.success(`Peran ${ROLE_LABELS[values.role]} diberikan.`);
    onGranted();
    router.refresh();
  });

  const role = watch("role");
  const roleHint = role ? ROLE_DESCRIPTIONS[role] : "Pilih peran untuk melihat uraian kewenangannya.";
  const unitHint = allowPortalWide
    ? "Peran berlaku pada unit ini beserta seluruh sub-unitnya. Pilih \"Seluruh portal\" untuk semua unit."
    : "Peran berlaku pada unit ini beserta seluruh sub-unitnya.";

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />
      <div className="grid-2">
        <SelectField
          id="grant-role"
          label="Peran"
          required
          options={ROLE_OPTIONS}
          placeholder="Pilih peran"
          hint={roleHint}
          error={errors.role?.message}
          {...register("role")}
        />
        <SelectField
          id="grant-unit"
          label="Unit"
          required={!allowPortalWide}
          options={unitOptions}
          placeholder={allowPortalWide ? "Seluruh portal" : "Pilih unit"}
          hint={unitHint}
          error={errors.unitId?.message}
          {...register("unitId")}
        />
      </div>
      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          Berikan peran
        </Button>
      </div>
    </form>
  );
}
