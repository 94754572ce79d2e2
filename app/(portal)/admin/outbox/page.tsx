import type { Metadata } from "next";
import { OutboxFilters } from "@/components/notifications/outbox-filters";
import styles from "@/components/notifications/notifications.module.css";
import { ResendButton } from "@/components/notifications/resend-button";
import { Alert, Badge, Card, EmptyState, PageHeader, Pagination, Table, TBody, Td, Th, THead, Tr, pageHref, type Tone } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { OUTBOX_STATUS_LABELS, OUTBOX_STATUSES, type OutboxStatus } from "@/lib/notifications/constants";
import { listOutbox } from "@/lib/notifications/data";
import { smtpConfigured } from "@/lib/notifications/mailer";
import { outboxQuerySchema } from "@/lib/notifications/schema";
import { formatDateTime } from "@/lib/utils/format";

export const metadata: Metadata = { title: "Kotak Keluar E-mail" };

const TONES: Record<OutboxStatus, Tone> = { PENDING: "info", SENDING: "info", SENT: "success", FAILED: "danger" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OutboxPage({ searchParams }: Props) {
  const viewer = await requirePermission("notification.outbox.read");
  const params = await searchParams;
  const query = outboxQuerySchema.parse(params);
  const list = await listOutbox(viewer, query);
  const mayResend = can(viewer, "notification.outbox.manage");
  const summary = OUTBOX_STATUSES.map((s) => `${OUTBOX_STATUS_LABELS[s]} ${list.counts[s] ?? 0}`).join(" · ");

  return (
    <div className="stack-lg">
      <PageHeader title="Kotak Keluar E-mail" description={`E-mail notifikasi kepada pengguna dalam cakupan Anda. ${summary}.`} />
      {!smtpConfigured() && (
        <Alert tone="warning" title="SMTP belum dikonfigurasi">
          SMTP_URL belum diatur atau tidak sah, sehingga e-mail tidak dikirim dan tetap tersimpan di sini. Setelah SMTP_URL diatur
          dan portal dijalankan ulang, semua e-mail yang menunggu dikirim.
        </Alert>
      )}
      <OutboxFilters status={query.status} />
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState title={query.status ? "Tidak ada e-mail dengan status ini" : "Kotak keluar kosong"} />
        ) : (
          <Table caption="Daftar e-mail notifikasi">
            <THead>
              <Tr>
                <Th>Kepada</Th>
                <Th>Subjek</Th>
                <Th nowrap>Status</Th>
                <Th nowrap>Percobaan</Th>
                <Th nowrap>Waktu</Th>
                <Th>Keterangan</Th>
              </Tr>
            </THead>
            <TBody>
              {list.rows.map((m) => (
                <Tr key={m.id}>
                  <Td>
                    <div>{m.recipientName ?? "—"}</div>
                    <div className="text-sm mono">{m.toAddress}</div>
                  </Td>
                  <Td className="text-sm">{m.subject}</Td>
                  <Td nowrap>
                    <Badge tone={TONES[m.status]}>{OUTBOX_STATUS_LABELS[m.status]}</Badge>
                  </Td>
                  <Td nowrap>{m.attempts}</Td>
                  <Td nowrap className="text-sm">
                    {m.status === "SENT" ? `Terkirim ${formatDateTime(m.sentAt)}` : m.status === "PENDING" ? `Dicoba ${formatDateTime(m.nextAttemptAt)}` : `Dibuat ${formatDateTime(m.createdAt)}`}
                  </Td>
                  <Td>
                    <div className="stack-sm">
                      {m.lastError && <div className={styles.errorText}>{m.lastError}</div>}
                      {m.status === "FAILED" && mayResend && <ResendButton id={m.id} to={m.toAddress} />}
                    </div>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={pageHref("/admin/outbox", params)} />
      </Card>
    </div>
  );
}
