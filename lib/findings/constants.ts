// Temuan vocabulary with the Indonesian labels users know.
import type { FindingCategory, FindingSource, FindingStatus } from "../db/generated/enums";

export type { FindingCategory, FindingSource, FindingStatus };

export const FINDING_SOURCES = [
  "AUDIT_INTERNAL", "AUDIT_EKSTERNAL", "PENGADUAN", "SASARAN_MUTU", "TINJAUAN_MANAJEMEN", "MANDIRI",
] as const satisfies readonly FindingSource[];
export const FINDING_SOURCE_LABELS: Record<FindingSource, string> = {
  AUDIT_INTERNAL: "Audit internal",
  AUDIT_EKSTERNAL: "Audit eksternal / surveilans",
  PENGADUAN: "Pengaduan",
  SASARAN_MUTU: "Sasaran mutu tidak tercapai",
  TINJAUAN_MANAJEMEN: "Tinjauan manajemen",
  MANDIRI: "Dilaporkan sendiri",
};
/** Sources a finding can be raised from on the register's form (audit findings come from the checklist). */
export const DIRECT_SOURCES = ["AUDIT_EKSTERNAL", "PENGADUAN", "SASARAN_MUTU", "TINJAUAN_MANAJEMEN", "MANDIRI"] as const satisfies readonly FindingSource[];

export const FINDING_CATEGORIES = ["KTS_MAYOR", "KTS_MINOR", "OBSERVASI"] as const satisfies readonly FindingCategory[];
export const FINDING_CATEGORY_LABELS: Record<FindingCategory, string> = {
  KTS_MAYOR: "KTS Mayor",
  KTS_MINOR: "KTS Minor",
  OBSERVASI: "Observasi",
};

export const FINDING_STATUSES = ["TERBUKA", "DISANGGAH", "DITERIMA", "DITUTUP", "DICABUT"] as const satisfies readonly FindingStatus[];
export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  TERBUKA: "Terbuka (menunggu tanggapan)",
  DISANGGAH: "Disanggah",
  DITERIMA: "Diterima",
  DITUTUP: "Ditutup",
  DICABUT: "Dicabut",
};
/** States in which a finding is still being worked on (counts as open, can be overdue). */
export const OPEN_STATUSES = ["TERBUKA", "DISANGGAH", "DITERIMA"] as const satisfies readonly FindingStatus[];

export const AGE_BUCKETS = ["0-30", "31-60", "61-90", ">90"] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];
export const AGE_BUCKET_LABELS: Record<AgeBucket, string> = {
  "0-30": "0-30 hari",
  "31-60": "31-60 hari",
  "61-90": "61-90 hari",
  ">90": "Lebih dari 90 hari",
};

export const FINDINGS_PAGE_SIZE = 20;
/** Evidence files per upload and their size (lib/attachments checks the type by content). */
export const FINDING_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
