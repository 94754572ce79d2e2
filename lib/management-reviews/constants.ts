// The closed lists of tinjauan manajemen (ISO 9001:2015 9.3) with their Indonesian labels.
import type { ManagementReviewStatus, ReviewActionStatus, ReviewDecisionType } from "../db/generated/enums";

export type { ManagementReviewStatus, ReviewActionStatus, ReviewDecisionType };

export const REVIEW_STATUSES = [
  "DIJADWALKAN", "BERLANGSUNG", "DRAF_NOTULEN", "MENUNGGU_PARAF", "DIPARAF", "DITANDATANGANI", "DITERBITKAN", "DIBATALKAN",
] as const satisfies readonly ManagementReviewStatus[];

export const REVIEW_STATUS_LABELS: Record<ManagementReviewStatus, string> = {
  DIJADWALKAN: "Dijadwalkan",
  BERLANGSUNG: "Rapat berlangsung",
  DRAF_NOTULEN: "Draf notulen",
  MENUNGGU_PARAF: "Menunggu paraf",
  DIPARAF: "Diparaf, menunggu tanda tangan",
  DITANDATANGANI: "Ditandatangani",
  DITERBITKAN: "Diterbitkan",
  DIBATALKAN: "Dibatalkan",
};

/** ISO 9001:2015 9.3.3: the outputs of a management review. */
export const DECISION_TYPES = ["PENINGKATAN", "PERUBAHAN_SMM", "KEBUTUHAN_SUMBER_DAYA"] as const satisfies readonly ReviewDecisionType[];
export const DECISION_TYPE_LABELS: Record<ReviewDecisionType, string> = {
  PENINGKATAN: "Peluang peningkatan (9.3.3 a)",
  PERUBAHAN_SMM: "Perubahan sistem manajemen mutu (9.3.3 b)",
  KEBUTUHAN_SUMBER_DAYA: "Kebutuhan sumber daya (9.3.3 c)",
};

export const ACTION_STATUS_LABELS: Record<ReviewActionStatus, string> = { TERBUKA: "Terbuka", SELESAI: "Selesai" };

/** The RTL list's status filter: open, overdue (open past its due date), done. */
export const ACTION_FILTERS = ["open", "overdue", "done"] as const;
export type ActionFilter = (typeof ACTION_FILTERS)[number];
export const ACTION_FILTER_LABELS: Record<ActionFilter, string> = { open: "Terbuka", overdue: "Terlambat", done: "Selesai" };

/** What an RTL item refers to. */
export const ACTION_LINK_KINDS = ["NONE", "SOP", "OBJECTIVE", "FINDING", "REFERENCE"] as const;
export type ActionLinkKind = (typeof ACTION_LINK_KINDS)[number];
export const ACTION_LINK_LABELS: Record<ActionLinkKind, string> = {
  NONE: "Tidak ada",
  SOP: "SOP AP",
  OBJECTIVE: "Sasaran mutu",
  FINDING: "Temuan",
  REFERENCE: "Dokumen / rujukan lain",
};

/** While the manajer mutu and the notulis write the minutes and the RTL. */
export const MINUTES_EDITABLE: readonly ManagementReviewStatus[] = ["BERLANGSUNG", "DRAF_NOTULEN"];
/** Attendance is recorded at the meeting, and corrected while the minutes are drafted. */
export const ATTENDANCE_EDITABLE: readonly ManagementReviewStatus[] = ["BERLANGSUNG", "DRAF_NOTULEN"];

/** The agenda proposed for a new meeting: the inputs of 9.3.2, then the outputs of 9.3.3. */
export const DEFAULT_AGENDA = [
  "Pembukaan oleh pimpinan",
  "Status tindak lanjut tinjauan manajemen sebelumnya",
  "Kinerja dan efektivitas sistem manajemen mutu (masukan 9.3.2)",
  "Kecukupan sumber daya, risiko dan peluang",
  "Keputusan dan rencana tindak lanjut",
];

export const REVIEWS_PAGE_SIZE = 20;
export const ACTIONS_PAGE_SIZE = 30;
