import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/ui";

type NewPasswordField = "password" | "passwordConfirm";

export type NewPasswordFieldsProps = {
  /** Prefix of the control ids: "new" gives new-password and new-password-confirm. */
  idPrefix: string;
  /** The password policy, shown under "Kata sandi". */
  hint: string;
  field: (name: NewPasswordField) => UseFormRegisterReturn;
  errors: Partial<Record<NewPasswordField, { message?: string }>>;
};

/** "Kata sandi" and "Konfirmasi kata sandi" side by side, for a password being set. */
export function NewPasswordFields({ idPrefix, hint, field, errors }: NewPasswordFieldsProps) {
  return (
    <div className="grid-2">
      <TextField
        id={`${idPrefix}-password`}
        label="Kata sandi"
        type="password"
        autoComplete="new-password"
        required
        hint={hint}
        error={errors.password?.message}
        {...field("password")}
      />
      <TextField
        id={`${idPrefix}-password-confirm`}
        label="Konfirmasi kata sandi"
        type="password"
        autoComplete="new-password"
        required
        error={errors.passwordConfirm?.message}
        {...field("passwordConfirm")}
      />
    </div>
  );
}
