"use client";

import { Controller, type Control } from "react-hook-form";
import { FormField, Textarea, fieldDescribedBy } from "@/components/ui";
import { messageOf, type SopFormInput, type ListName } from "./sop-edit-values";
import styles from "./sop-edit-form.module.css";

/** A list section as a textarea, one item per line. The array keeps blank lines while typing; the schema drops them. */
export function LinesField({
  control,
  name,
  label,
  rows,
  hint,
}: {
  control: Control<SopFormInput>;
  name: ListName;
  label: string;
  rows: number;
  hint?: string;
}) {
  const id = `sop-${name.replace(/_/g, "-")}`;
  return (
    <Controller
      control={control}
      name={`content.${name}`}
      render={({ field, fieldState }) => {
        const error = messageOf(fieldState.error);
        const count = field.value.filter((line) => line.trim() !== "").length;
        return (
          <FormField
            label={
              <>
                {label} <span className={styles.count}>({count} butir)</span>
              </>
            }
            htmlFor={id}
            hint={hint}
            error={error}
          >
            <Textarea
              ref={field.ref}
              id={id}
              name={field.name}
              rows={rows}
              value={field.value.join("\n")}
              onChange={(e) => field.onChange(e.target.value.split(/\r?\n/))}
              onBlur={field.onBlur}
              aria-invalid={error ? true : undefined}
              aria-describedby={fieldDescribedBy(id, { hint, error })}
            />
          </FormField>
        );
      }}
    />
  );
}
