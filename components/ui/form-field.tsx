import type { ReactNode } from "react";
import styles from "./form-field.module.css";

export type FormFieldProps = {
  label: ReactNode;
  /** Id of the control inside; also the prefix of the hint and error ids. */
  htmlFor: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
};

const fieldHintId = (htmlFor: string) => `${htmlFor}-hint`;
const fieldErrorId = (htmlFor: string) => `${htmlFor}-error`;

/** Value for the control's `aria-describedby`: the ids of the hint and error that are shown. */
export function fieldDescribedBy(htmlFor: string, shown: { hint?: unknown; error?: unknown }) {
  const ids = [shown.hint ? fieldHintId(htmlFor) : null, shown.error ? fieldErrorId(htmlFor) : null];
  return ids.filter(Boolean).join(" ") || undefined;
}

/**
 * Label, hint and error around one control. The control is passed as a child and is not modified,
 * so give it the wiring yourself:
 *
 *   <FormField label="Judul" htmlFor="title" required hint={hint} error={errors.title?.message}>
 *     <Input id="title" required aria-invalid={!!errors.title}
 *       aria-describedby={fieldDescribedBy("title", { hint, error: errors.title })} {...register("title")} />
 *   </FormField>
 */
export function FormField({ label, htmlFor, required, hint, error, children }: FormFieldProps) {
  return (
    <div className={styles.field}>
      <label htmlFor={htmlFor} className={styles.label}>
        {label}
        {required && (
          <span className={styles.required} aria-hidden="true">
            {" *"}
          </span>
        )}
      </label>
      {hint && (
        <p id={fieldHintId(htmlFor)} className={styles.hint}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={fieldErrorId(htmlFor)} role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
