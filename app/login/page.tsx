import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { SESSION_END_MESSAGES, isSessionEndReason } from "@/lib/auth/session-end";
import { getCurrentUser } from "@/lib/auth/session";
import styles from "./login.module.css";

export const metadata: Metadata = { title: "Masuk" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; sesi?: string }> }) {
  const { callbackUrl, sesi } = await searchParams;
  const target = safeCallbackUrl(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <main className={styles.page}>
      <section className={styles.panel} aria-labelledby="judul-masuk">
        <p className={styles.eyebrow}>Sistem Manajemen Mutu ISO 9001:2015</p>
        <h1 id="judul-masuk" className={styles.title}>Portal Mutu</h1>
        <p className={styles.lead}>Masuk dengan NIP atau email dinas Anda.</p>
        {isSessionEndReason(sesi) && (
          <Alert tone={sesi === "DEACTIVATED" ? "danger" : "info"}>{SESSION_END_MESSAGES[sesi]}</Alert>
        )}
        <LoginForm callbackUrl={target} />
        <p className={styles.footnote}>
          Lupa kata sandi? Hubungi administrator portal di unit Anda untuk meresetnya.
        </p>
      </section>
    </main>
  );
}
