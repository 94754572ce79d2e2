"use client";

import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, SelectField } from "@/components/ui";
import { createUnitAction } from "@/lib/org/actions";
import { UNIT_TYPE_LABELS, type UnitType } from "@/lib/org/constants";
import type { UnitChoice } from "@/lib/org/options";
import { allowedChildTypes } from "@/lib/org/rules";
import styles from "./org.module.css";
import { UnitDetailFields } from "./unit-detail-fields";

export type UnitCreateFormProps = {
  /** Units the admin may add a sub-unit to. */
  parents: UnitChoice[];
  /** Portal-wide admins may create a top-level unit (parent left empty). */
  allowTopLevel: boolean;
  defaultParentId?: string;
};

export function UnitCreateForm({ parents, allowTopLevel, defaultParentId }: UnitCreateFormProps) {
  const router = useRouter();
  const typeOf = (parentId: string): UnitType | null => parents.find((p) => p.value === parentId)?.type ?? null;
  // No parent means a top-level unit, which only portal-wide admins may create.
  const typesUnder = (parentId: string): readonly UnitType[] =>
    parentId === "" && !allowTopLevel ? [] : allowedChildTypes(typeOf(parentId));
  const initialParent = defaultParentId && parents.some((p) => p.value === defaultParentId) ? defaultParentId : "";

  const {
    register,
    setError,
    setValue,
    getValues,
    watch,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/org/schema").then((m) => m.unitCreateSchema),
    defaultValues: {
      parentId: initialParent,
      type: typesUnder(initialParent).length === 1 ? typesUnder(initialParent)[0] : undefined,
      name: "",
      shortName: "",
      code: "",
    },
    submit: async (values) => {
      if (values.parentId === null && !allowTopLevel) {
        setError("parentId", { message: "Pilih unit induk." }, { shouldFocus: true });
        return null;
      }
      // The action takes the input shape (blank text as "") and parses it again on the server.
      return createUnitAction({ ...values, shortName: values.shortName ?? "", parentId: values.parentId ?? "" });
    },
    successMessage: "Unit berhasil ditambahkan.",
    onSuccess: (data) => router.push(`/admin/units/${data.id}`),
  });

  const types = typesUnder(watch("parentId") ?? "");

  // A new parent may not accept the chosen type: fall back to the only allowed one, or to none
  // ("" selects the placeholder, which the schema rejects with "Pilih jenis unit.").
  const onParentChange = (parentId: string) => {
    const allowed = typesUnder(parentId);
    const current = getValues("type");
    if (current && allowed.includes(current)) return;
    setValue("type", (allowed.length === 1 ? allowed[0] : "") as UnitType);
  };

  const parentHint = allowTopLevel ? "Kosongkan untuk membuat unit teratas (Pemerintah Provinsi)." : undefined;
  const typeHint = types.length === 0 ? "Pilih unit induk dahulu." : undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />

      <SelectField
        id="unit-parent"
        label="Unit induk"
        required={!allowTopLevel}
        options={parents}
        placeholder={allowTopLevel ? "Tidak ada (unit teratas)" : "Pilih unit induk"}
        hint={parentHint}
        error={errors.parentId?.message}
        {...register("parentId", { onChange: (e) => onParentChange(e.target.value) })}
      />

      {/* Remounted when its options change, so react-hook-form writes the kept value into the new list. */}
      <SelectField
        key={types.join()}
        id="unit-type"
        label="Jenis unit"
        required
        options={types.map((t) => ({ value: t, label: UNIT_TYPE_LABELS[t] }))}
        placeholder="Pilih jenis unit"
        hint={typeHint}
        error={errors.type?.message}
        {...register("type")}
      />

      <UnitDetailFields field={(name) => register(name)} errors={errors} />

      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          Simpan
        </Button>
      </div>
    </form>
  );
}
