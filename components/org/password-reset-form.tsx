"use client";

import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui";
import { describePolicy, type PasswordPolicy } from "@/lib/auth/constants";
import { resetPasswordAction } from "@/lib/org/actions";
import { useConfirmBeforeSubmit } from "./confirm-before-submit";
import { NewPasswordFields } from "./new-password-fields";
import styles from "./org.module.css";

export type PasswordResetFormProps = {
  user: { id: string; version: number };
  policy: PasswordPolicy;
};

/** An administrator sets a new password for a user. Key it by version. */
export function PasswordResetForm({ user, policy }: PasswordResetFormProps) {
  const router = useRouter();
  const form = useActionForm({
    schema: () => import("@/lib/org/schema").then((m) => m.passwordResetSchema(policy)),
    schemaKey: policy,
    defaultValues: { id: user.id, version: user.version, password: "", passwordConfirm: "" },
    submit: resetPasswordAction,
    successMessage: "Kata sandi direset. Semua sesi pengguna telah diakhiri.",
    onSuccess: () => router.refresh(),
  });

  const {
    register,
    failure,
    formState: { errors, isSubmitting },
  } = form;
  const { onSubmit, dialog } = useConfirmBeforeSubmit({
    form,
    submit: form.onSubmit,
    pending: isSubmitting,
    title: "Reset kata sandi pengguna ini?",
    message: "Semua sesi pengguna ini langsung berakhir dan ia harus masuk dengan kata sandi baru.",
    confirmLabel: "Ya, reset kata sandi",
  });
  const policyHint = describePolicy(policy);

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="stack">
        <p className="muted">
          Semua sesi pengguna ini langsung berakhir, dan ia wajib mengganti kata sandi baru ini saat masuk berikutnya.
          Sampaikan kata sandi secara langsung, bukan melalui pesan terbuka.
        </p>
        <ActionError failure={failure} />
        <NewPasswordFields idPrefix="reset" label="Kata sandi baru" hint={policyHint} field={(name) => register(name)} errors={errors} />
        <div className={styles.formActions}>
          <Button type="submit" variant="danger" loading={isSubmitting}>
            Reset kata sandi
          </Button>
        </div>
      </form>
      {dialog}
    </>
  );
}
