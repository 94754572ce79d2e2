"use client";

import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, TextField, useToast } from "@/components/ui";
import { describePolicy, type PasswordPolicy } from "@/lib/auth/constants";
import { changeOwnPasswordAction } from "@/lib/org/actions";
import { NewPasswordFields } from "./new-password-fields";
import styles from "./org.module.css";

/**
 * The signed-in user changes their own password. The change ends every session of the account
 * (a stolen one too), so the form signs this browser in again with the new password.
 */
export function PasswordChangeForm({ policy, identifier }: { policy: PasswordPolicy; identifier: string }) {
  const router = useRouter();
  const toast = useToast();
  const {
    register,
    reset,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/org/schema").then((m) => m.passwordChangeSchema(policy)),
    schemaKey: policy,
    defaultValues: { currentPassword: "", password: "", passwordConfirm: "" },
    submit: changeOwnPasswordAction,
    // A wrong current password is reported on its field; no summary above the form then.
    quietWhenPlaced: ["CONFLICT"],
    onSuccess: async (_, values) => {
      const { signIn } = await import("next-auth/react"); // loaded on submit, not with the page
      const again = await signIn("credentials", { identifier, password: values.password, redirect: false });
      reset();
      if (again?.error) {
        router.replace("/login");
        return;
      }
      toast.success("Kata sandi Anda telah diganti. Sesi di perangkat lain telah diakhiri.");
      router.refresh();
    },
  });

  const policyHint = describePolicy(policy);

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
      <NewPasswordFields idPrefix="new" label="Kata sandi baru" stacked hint={policyHint} field={(name) => register(name)} errors={errors} />
      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          Simpan
        </Button>
      </div>
    </form>
  );
}
