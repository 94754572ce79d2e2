"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, SelectField, type SelectOption } from "@/components/ui";
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { grantRoleAction } from "@/lib/org/actions";
import styles from "./org.module.css";

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** The explicit "whole portal" choice: never the default, always a deliberate pick at the end. */
const PORTAL_WIDE = "__seluruh_portal__";

export type GrantFormProps = {
  userId: string;
  /** Active units the admin may grant roles on. */
  unitOptions: SelectOption[];
  /** Portal-wide admins may grant a role on the whole portal (chosen explicitly, never the default). */
  allowPortalWide: boolean;
  /** The unit chosen at first: the admin's own unit (the page passes it), if it may be picked. */
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
    schema: () => import("@/lib/org/schema").then((m) => m.grantSchema),
    defaultValues: { userId, role: undefined, unitId: initialUnit },
    submit: async (values) => {
      if (values.unitId === null) {
        setError("unitId", { message: "Pilih unit." }, { shouldFocus: true });
        return null;
      }
      if (values.unitId === PORTAL_WIDE && !allowPortalWide) {
        setError("unitId", { message: "Pilih unit." }, { shouldFocus: true });
        return null;
      }
      return grantRoleAction({ ...values, unitId: values.unitId === PORTAL_WIDE ? "" : values.unitId });
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
    ? "Peran berlaku pada unit ini beserta seluruh sub-unitnya. Pilih \"Seluruh portal\" (paling bawah) untuk semua unit."
    : "Peran berlaku pada unit ini beserta seluruh sub-unitnya.";
  const choices = allowPortalWide ? [...unitOptions, { value: PORTAL_WIDE, label: "Seluruh portal (semua unit)" }] : unitOptions;

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
          required
          options={choices}
          placeholder="Pilih unit"
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
