// The closed lists of notifications. New modules add their events here (an Indonesian label, how
// urgent it is); the caller of notify() writes the title of each message.
export const NOTIFICATION_EVENTS = {
  objective_submitted: { label: "Sasaran mutu diajukan", priority: "normal" },
  objective_approved: { label: "Sasaran mutu disetujui", priority: "normal" },
  objective_returned: { label: "Sasaran mutu dikembalikan", priority: "high" },
  objective_revision_submitted: { label: "Revisi sasaran mutu diajukan", priority: "normal" },
  objective_revision_approved: { label: "Revisi sasaran mutu disetujui", priority: "normal" },
  objective_revision_returned: { label: "Revisi sasaran mutu dikembalikan", priority: "high" },
  policy_submitted: { label: "Kebijakan mutu diajukan", priority: "normal" },
  policy_approved: { label: "Kebijakan mutu disahkan", priority: "normal" },
  policy_returned: { label: "Kebijakan mutu dikembalikan", priority: "high" },
  measurement_due: { label: "Pengukuran segera jatuh tempo", priority: "normal" },
  measurement_late: { label: "Pengukuran terlambat", priority: "high" },
  approval_waiting: { label: "Menunggu persetujuan Anda", priority: "normal" },
  finding_raised: { label: "Temuan baru untuk unit Anda", priority: "high" },
  finding_disputed: { label: "Temuan disanggah", priority: "normal" },
  finding_decided: { label: "Sanggahan temuan diputus", priority: "normal" },
  finding_response_due: { label: "Tanggapan temuan segera jatuh tempo", priority: "normal" },
  finding_response_late: { label: "Tanggapan temuan terlambat", priority: "high" },
  corrective_action_submitted: { label: "Rencana tindakan perbaikan diajukan", priority: "normal" },
  corrective_action_approved: { label: "Rencana tindakan perbaikan disetujui", priority: "normal" },
  corrective_action_returned: { label: "Rencana tindakan perbaikan dikembalikan", priority: "high" },
  corrective_action_done: { label: "Tindakan perbaikan siap diverifikasi", priority: "normal" },
  corrective_action_verified: { label: "Hasil verifikasi tindakan perbaikan", priority: "normal" },
  corrective_action_item_due: { label: "Tindakan perbaikan segera jatuh tempo", priority: "normal" },
  corrective_action_late: { label: "Tindakan perbaikan terlambat", priority: "high" },
  corrective_action_escalated: { label: "Eskalasi tindakan perbaikan terlambat", priority: "high" },
  audit_programme_submitted: { label: "Program audit diajukan", priority: "normal" },
  audit_programme_approved: { label: "Program audit disetujui", priority: "normal" },
  audit_programme_returned: { label: "Program audit dikembalikan", priority: "high" },
  audit_plan_published: { label: "Rencana audit diterbitkan", priority: "normal" },
  audit_report_approved: { label: "Laporan audit menunggu tanggapan auditi", priority: "normal" },
  audit_report_acknowledged: { label: "Laporan audit siap diterima pimpinan", priority: "normal" },
  audit_upcoming: { label: "Audit segera dimulai", priority: "normal" },
  management_review_invited: { label: "Undangan rapat tinjauan manajemen", priority: "normal" },
  management_review_submitted: { label: "Notulen tinjauan manajemen menunggu paraf", priority: "normal" },
  management_review_initialed: { label: "Notulen tinjauan manajemen menunggu tanda tangan", priority: "normal" },
  management_review_returned: { label: "Notulen tinjauan manajemen dikembalikan", priority: "high" },
  management_review_published: { label: "Notulen tinjauan manajemen diterbitkan", priority: "normal" },
  management_review_cancelled: { label: "Rapat tinjauan manajemen dibatalkan", priority: "high" },
  review_action_assigned: { label: "RTL tinjauan manajemen untuk Anda", priority: "normal" },
  document_submitted: { label: "Revisi dokumen menunggu pemeriksaan", priority: "normal" },
  document_checked: { label: "Revisi dokumen menunggu pengesahan", priority: "normal" },
  document_returned: { label: "Revisi dokumen dikembalikan", priority: "high" },
  document_approved: { label: "Revisi dokumen disahkan", priority: "normal" },
  document_effective: { label: "Revisi dokumen mulai berlaku", priority: "normal" },
  document_read_required: { label: "Dokumen wajib baca untuk Anda", priority: "normal" },
  document_review_due: { label: "Kaji ulang dokumen jatuh tempo", priority: "normal" },
  document_destruction_submitted: { label: "Usulan pemusnahan dokumen menunggu persetujuan", priority: "normal" },
  document_destruction_decided: { label: "Usulan pemusnahan dokumen diputus", priority: "normal" },
  archive_loan_requested: { label: "Permintaan peminjaman arsip", priority: "normal" },
  archive_loan_decided: { label: "Peminjaman arsip diproses", priority: "normal" },
  archive_loan_overdue: { label: "Peminjaman arsip melewati batas waktu", priority: "high" },
} as const satisfies Record<string, { label: string; priority: "normal" | "high" }>;

export type NotificationEvent = keyof typeof NOTIFICATION_EVENTS;
export const NOTIFICATION_EVENT_KEYS = Object.keys(NOTIFICATION_EVENTS) as NotificationEvent[];

/** How a notification's e-mail goes (Notification.mailState). */
export const MAIL_STATES = ["NONE", "OUTBOX", "DIGEST", "DIGESTED"] as const;
export type MailState = (typeof MAIL_STATES)[number];

export const DELIVERIES = ["IMMEDIATE", "DAILY_DIGEST"] as const;
export type Delivery = (typeof DELIVERIES)[number];
export const DELIVERY_LABELS: Record<Delivery, string> = {
  IMMEDIATE: "Segera, satu e-mail untuk setiap notifikasi",
  DAILY_DIGEST: "Ringkasan harian, satu e-mail sehari",
};

export const OUTBOX_STATUSES = ["PENDING", "SENDING", "SENT", "FAILED"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  PENDING: "Menunggu",
  SENDING: "Sedang dikirim",
  SENT: "Terkirim",
  FAILED: "Gagal",
};

/** An outbox message is given up after this many attempts (or at once on a permanent 5xx refusal). */
export const MAIL_MAX_ATTEMPTS = 8;
/** How long a claimed message is reserved for its worker before another may take it over. */
export const MAIL_LEASE_MS = 5 * 60_000;

export const NOTIFICATIONS_PAGE_SIZE = 20;
export const OUTBOX_PAGE_SIZE = 30;
