"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import type { LoginInput } from "@/lib/auth/schema";
import { lazyResolver } from "@/components/forms/lazy-resolver";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField, fieldDescribedBy } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import styles from "./login-page.module.css";

const WRONG_CREDENTIALS = "NIP/email atau kata sandi salah.";
const SERVER_ERROR = "Gagal masuk karena gangguan pada server. Coba lagi beberapa saat lagi.";
const NETWORK_ERROR = "Tidak dapat menghubungi server. Periksa koneksi lalu coba lagi.";
const resolver = lazyResolver(() => import("@/lib/auth/schema").then((m) => m.loginSchema));


export type LoginFormProps = { callbackUrl?: string };

export function LoginForm({ callbackUrl = "/dashboard" }: LoginFormProps) {
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({
    resolver,
    defaultValues: { identifier: "", password: "" },
  });
  useEffect(() => {
    resolver.preload().catch(() => undefined);
  }, []);

  const onSubmit = handleSubmit(async ({ identifier, password }) => {
    setServerError(null);
    try {
      const { signIn } = await import("next-auth/react"); // loaded on submit, not with the page
      const result = await signIn("credentials", { identifier, password, redirect: false });
      if (typeof result?.error === "string") {
        const message = result.error.trim();
        setServerError(!message || message === "CredentialsSignin" ? WRONG_CREDENTIALS : message);
        return;
      }
      if (!result?.ok) {
        setServerError(SERVER_ERROR);
        return;
      }
    } catch {
      setServerError(NETWORK_ERROR);
      return;
    }
    // Keeps the button disabled until the next page has loaded.
    setRedirecting(true);
    router.replace(safeCallbackUrl(callbackUrl));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className={styles.form}>
      {serverError && <Alert tone="danger">{serverError}</Alert>}

      <FormField label="NIP atau email" htmlFor="identifier" required error={errors.identifier?.message}>
        <Input
          id="identifier"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={errors.identifier ? true : undefined}
          aria-describedby={fieldDescribedBy("identifier", { error: errors.identifier })}
          {...register("identifier")}
        />
      </FormField>

      <FormField label="Kata sandi" htmlFor="password" required error={errors.password?.message}>
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={fieldDescribedBy("password", { error: errors.password })}
          {...register("password")}
        />
      </FormField>

      <Button type="submit" loading={isSubmitting || redirecting} className={styles.submit}>
        Masuk
      </Button>
    </form>
  );
}
