// The SMTP transport (nodemailer) configured by SMTP_URL and MAIL_FROM. Without SMTP_URL no
// transport exists: e-mail stays in the outbox (shown to the administrator), never pretends to go.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

export type MailTransport = Pick<Transporter, "sendMail" | "verify" | "close">;

export const SMTP_PROTOCOLS = ["smtp:", "smtps:"];

/** Why SMTP_URL cannot be used, in words for the log; null when it looks right. */
export function smtpUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "SMTP_URL bukan alamat yang sah (contoh: smtp://user:sandi@mail.instansi.go.id:587 atau smtps://…:465).";
  }
  if (!SMTP_PROTOCOLS.includes(parsed.protocol)) return `SMTP_URL harus diawali smtp:// atau smtps://, bukan ${parsed.protocol}//.`;
  if (!parsed.hostname) return "SMTP_URL tidak menyebut server (host).";
  return null;
}

export function createMailTransport(url: string, timeoutMs = 15_000): MailTransport {
  return nodemailer.createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 2,
  } as Parameters<typeof nodemailer.createTransport>[0]);
}

/** The configured transport, or null (SMTP_URL unset or unusable). */
export function configuredTransport(): MailTransport | null {
  const url = env().SMTP_URL;
  if (!url || smtpUrlProblem(url)) return null;
  return createMailTransport(url);
}

export function smtpConfigured(): boolean {
  const url = env().SMTP_URL;
  return Boolean(url) && !smtpUrlProblem(url as string);
}

export function mailFrom(): string {
  return env().MAIL_FROM;
}

/** Where the SMTP server is, without the password, for messages. */
export function smtpLocation(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ""}`;
  } catch {
    return "(alamat tidak terbaca)";
  }
}

/**
 * Checks SMTP_URL at start: a wrong address or an unreachable server is reported in one clear
 * line, and the portal serves anyway (e-mail waits in the outbox and is retried).
 */
export async function checkSmtp(url: string | undefined, timeoutMs = 5_000): Promise<{ ok: boolean; message: string }> {
  if (!url) return { ok: false, message: "E-mail: SMTP_URL belum diatur; e-mail notifikasi disimpan di kotak keluar dan tidak dikirim." };
  const problem = smtpUrlProblem(url);
  if (problem) return { ok: false, message: `E-mail: ${problem} E-mail notifikasi disimpan di kotak keluar dan tidak dikirim.` };
  const transport = createMailTransport(url, timeoutMs);
  try {
    await transport.verify();
    return { ok: true, message: `E-mail: server SMTP ${smtpLocation(url)} siap.` };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `E-mail: server SMTP ${smtpLocation(url)} tidak dapat dipakai (${reason}). Portal tetap berjalan; e-mail menunggu di kotak keluar dan dicoba lagi.` };
  } finally {
    transport.close();
  }
}
