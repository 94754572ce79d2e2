"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button, useToast } from "@/components/ui";
import { describePolicy, type PasswordPolicy } from "@/lib/auth/password-policy";
import { resetPasswordAction } from "@/lib/org/actions";
import { passwordResetSchema } from "@/lib/org/schema";
import { ActionError, type ActionFailure } from "./action-error";
import { applyFieldErrors } from "./apply-field-errors";
import { NewPasswordFields } from "./new-password-fields";
import styles from "./org.module.css";

type Input = z.input<ReturnType<typeof passwordResetSchema>>;
type Output = z.output<ReturnType<typeof passwordResetSchema>>;

export type PasswordResetFormProps = {
  user: { id: string; version: number };
  policy: PasswordPolicy;
};

/** An administrator sets a new password for a user. Key it by version. */
export function PasswordResetForm({ user, policy }: PasswordResetFormProps) {
  const router = useRouter();
  const toast = useToast();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const schema = useMemo(() => passwordResetSchema(policy), [policy]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: { id: user.id, version: user.version, password: "", passwordConfirm: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await resetPasswordAction(values);
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors, ["password", "passwordConfirm"]);
      setFailure(result);
      return;
    }
    toast.success("Kata sandi direset. Semua sesi pengguna telah diakhiri.");
    router.refresh();
  });

  const policyHint = describePolicy(policy);

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <p className="muted">
        Semua sesi pengguna ini langsung berakhir, dan ia wajib mengganti kata sandi baru ini saat masuk berikutnya.
        Sampaikan kata sandi secara langsung, bukan melalui pesan terbuka.
      </p>
      <ActionError failure={failure} />
      <NewPasswordFields idPrefix="reset" hint={policyHint} field={(name) => register(name)} errors={errors} />
      <div className={styles.formActions}>
        <Button type="submit" variant="danger" loading={isSubmitting}>
          Reset kata sandi
        </Button>
      </div>
    </form>
  );
}
