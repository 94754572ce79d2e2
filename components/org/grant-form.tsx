"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, SelectField, type SelectOption } from "@/components/ui";
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { grantRoleAction } from "@/lib/org/actions";
import { grantSchema } from "@/lib/org/schema";
import styles from "./org.module.css";

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
  const initialUnit = defaultUnitId && unitOptions.some((o) => o.value === defaultUnitId && !o.disabled) ? defaultUnitId : "";
  const {
    register,
    setError,
    watch,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: grantSchema,
    defaultValues: { userId, role: undefined, unitId: initialUnit },
    submit: async (values) => {
      if (values.unitId === null && !allowPortalWide) {
        setError("unitId", { message: "Pilih unit." }, { shouldFocus: true });
        return null;
      }
      return grantRoleAction({ ...values, unitId: values.unitId ?? "" });
    },
    successMessage: (_, values) => `Peran ${ROLE_LABELS[values.role]} diberikan.`,
    onSuccess: () => {
      onGranted();
      router.refresh();
    },
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
