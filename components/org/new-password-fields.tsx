import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/ui";

type NewPasswordField = "password" | "passwordConfirm";

export type NewPasswordFieldsProps = {
  /** Prefix of the control ids: "new" gives new-password and new-password-confirm. */
  idPrefix: string;
  /** "Kata sandi" when an account is created; "Kata sandi baru" when one is changed or reset. */
  label?: string;
  /** The password policy. */
  hint: string;
  /** One field under the other (a narrow card) instead of side by side. */
  stacked?: boolean;
  field: (name: NewPasswordField) => UseFormRegisterReturn;
  errors: Partial<Record<NewPasswordField, { message?: string }>>;
};

/**
 * The password being set and its confirmation. Side by side, the policy goes under both fields
 * (described-by the first), so the two inputs start on the same line.
 */
export function NewPasswordFields({ idPrefix, label = "Kata sandi", hint, stacked = false, field, errors }: NewPasswordFieldsProps) {
  const hintId = `${idPrefix}-password-policy`;
  const fields = (
    <>
      <TextField
        id={`${idPrefix}-password`}
        label={label}
        type="password"
        autoComplete="new-password"
        required
        hint={stacked ? hint : undefined}
        aria-describedby={stacked ? undefined : hintId}
        error={errors.password?.message}
        {...field("password")}
      />
      <TextField
        id={`${idPrefix}-password-confirm`}
        label={`Konfirmasi ${label.toLowerCase()}`}
        type="password"
        autoComplete="new-password"
        required
        error={errors.passwordConfirm?.message}
        {...field("passwordConfirm")}
      />
    </>
  );
  if (stacked) return fields;
  return (
    <div className="stack-sm">
      <div className="grid-2">{fields}</div>
      <p id={hintId} className="muted text-sm">
        {hint}
      </p>
    </div>
  );
}
