"use client";

import type { UseFormRegister } from "react-hook-form";
import { FormField, Input, fieldDescribedBy } from "@/components/ui";
import type { SopFormInput, TextName } from "./sop-edit-values";

/** One identity field of the SOP (Nomor, Nama, the dates, the approver). */
export function TextInput({
  register,
  name,
  label,
  error,
  required,
  maxLength,
  mono,
}: {
  register: UseFormRegister<SopFormInput>;
  name: TextName;
  label: string;
  error?: string;
  required?: boolean;
  maxLength: number;
  mono?: boolean;
}) {
  const id = `sop-${name.replace(/_/g, "-")}`;
  return (
    <FormField label={label} htmlFor={id} required={required} error={error}>
      <Input
        id={id}
        required={required}
        maxLength={maxLength}
        className={mono ? "mono" : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, { error })}
        {...register(`content.${name}`)}
      />
    </FormField>
  );
}
