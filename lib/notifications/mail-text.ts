// The words of the portal's e-mail (plain text, Indonesian). Pure: the base URL is given.
export interface MailNotice {
  title: string;
  body: string | null;
  href: string;
}

const SUBJECT_PREFIX = "[Portal Mutu]";

function link(baseUrl: string, href: string): string {
  return new URL(href, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).toString();
}

function footer(baseUrl: string): string {
  return `--\nPortal Mutu. E-mail ini dikirim otomatis; atur e-mail notifikasi Anda di ${link(baseUrl, "/notifications")}`;
}

export function noticeMail(baseUrl: string, recipientName: string, notice: MailNotice): { subject: string; text: string } {
  const lines = [`Yth. ${recipientName},`, "", notice.title];
  if (notice.body) lines.push("", notice.body);
  lines.push("", `Buka: ${link(baseUrl, notice.href)}`, "", footer(baseUrl));
  return { subject: `${SUBJECT_PREFIX} ${notice.title}`, text: lines.join("\n") };
}

export function digestMail(baseUrl: string, recipientName: string, dateLabel: string, notices: MailNotice[]): { subject: string; text: string } {
  const items = notices.map((n, i) => `${i + 1}. ${n.title}${n.body ? `\n   ${n.body}` : ""}\n   ${link(baseUrl, n.href)}`);
  const text = [
    `Yth. ${recipientName},`,
    "",
    `Ringkasan notifikasi Anda (${dateLabel}): ${notices.length} belum dibaca.`,
    "",
    ...items,
    "",
    footer(baseUrl),
  ].join("\n");
  return { subject: `${SUBJECT_PREFIX} Ringkasan notifikasi ${dateLabel} (${notices.length})`, text };
}
