"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button, TextField, useToast } from "@/components/ui";
import { describePolicy, type PasswordPolicy } from "@/lib/auth/password-policy";
import { changeOwnPasswordAction } from "@/lib/org/actions";
import { passwordChangeSchema } from "@/lib/org/schema";
import { ActionError, type ActionFailure } from "./action-error";
import { applyFieldErrors } from "./apply-field-errors";
import { NewPasswordFields } from "./new-password-fields";
import styles from "./org.module.css";

type Input = z.input<ReturnType<typeof passwordChangeSchema>>;
type Output = z.output<ReturnType<typeof passwordChangeSchema>>;

/**
 * The signed-in user changes their own password. The change ends every session of the account
 * (a stolen one too), so the form signs this browser in again with the new password.
 */
export function PasswordChangeForm({ policy, identifier }: { policy: PasswordPolicy; identifier: string }) {
  const router = useRouter();
  const toast = useToast();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const schema = useMemo(() => passwordChangeSchema(policy), [policy]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: "", password: "", passwordConfirm: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await changeOwnPasswordAction(values);
    if (!result.ok) {
      // A wrong current password is reported on its field; the summary above is enough then.
      const placed = applyFieldErrors(setError, result.fieldErrors, ["currentPassword", "password", "passwordConfirm"]);
      setFailure(placed && result.reason === "CONFLICT" ? null : result);
      return;
    }
    const again = await signIn("credentials", { identifier, password: values.password, redirect: false });
    reset();
    if (again?.error) {
      router.replace("/login");
      return;
    }
    toast.success("Kata sandi Anda telah diganti. Sesi di perangkat lain telah diakhiri.");
    router.refresh();
  });

  const policyHint = `Kata sandi baru. ${describePolicy(policy)}`;

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />
      <TextField
        id="current-password"
        label="Kata sandi saat ini"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <NewPasswordFields idPrefix="new" hint={policyHint} field={(name) => register(name)} errors={errors} />
      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          Simpan
        </Button>
      </div>
    </form>
  );
}
