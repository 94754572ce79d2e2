// A labelled control with its hint and error already wired (id, aria-invalid, aria-describedby),
// so forms write one element per field instead of a FormField around a hand-wired control.
import type { ComponentProps, ReactNode } from "react";
import { FormField, fieldDescribedBy } from "./form-field";
import { Input } from "./input";
import { Select, type SelectProps } from "./select";
import { CountedTextarea } from "./counted-textarea";
import { FileInput, type FileInputProps } from "./file-input";
import { Textarea } from "./textarea";

type FieldFrame = { id: string; label: ReactNode; hint?: ReactNode; error?: string; required?: boolean };

/** `extra`: ids of descriptions outside the field (e.g. a policy shared by two fields). */
function wiring({ id, hint, error, required }: FieldFrame, extra?: string) {
  return {
    id,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [fieldDescribedBy(id, { hint, error }), extra].filter(Boolean).join(" ") || undefined,
  } as const;
}

export type TextFieldProps = FieldFrame & Omit<ComponentProps<typeof Input>, "id">;

export function TextField({ id, label, hint, error, required, ...input }: TextFieldProps) {
  return (
    <FormField label={label} htmlFor={id} required={required} hint={hint} error={error}>
      <Input {...input} {...wiring({ id, label, hint, error, required }, input["aria-describedby"])} />
    </FormField>
  );
}

export type SelectFieldProps = FieldFrame & Omit<SelectProps, "id">;

export function SelectField({ id, label, hint, error, required, ...select }: SelectFieldProps) {
  return (
    <FormField label={label} htmlFor={id} required={required} hint={hint} error={error}>
      <Select {...select} {...wiring({ id, label, hint, error, required })} />
    </FormField>
  );
}

export type TextareaFieldProps = FieldFrame & Omit<ComponentProps<typeof Textarea>, "id">;

/** With a maxLength the text area shows its count under it ("120/1000"). */
export function TextareaField({ id, label, hint, error, required, ...textarea }: TextareaFieldProps) {
  const wired = wiring({ id, label, hint, error, required });
  const { maxLength } = textarea;
  return (
    <FormField label={label} htmlFor={id} required={required} hint={hint} error={error}>
      {maxLength !== undefined ? <CountedTextarea {...textarea} maxLength={maxLength} {...wired} /> : <Textarea {...textarea} {...wired} />}
    </FormField>
  );
}

export type FileFieldProps = FieldFrame & Omit<FileInputProps, "id">;

/** A labelled file picker in Indonesian ("Pilih berkas", "Belum ada berkas dipilih"). */
export function FileField({ id, label, hint, error, required, ...input }: FileFieldProps) {
  return (
    <FormField label={label} htmlFor={id} required={required} hint={hint} error={error}>
      <FileInput {...input} {...wiring({ id, label, hint, error, required }, input["aria-describedby"])} />
    </FormField>
  );
}
