// Document control vocabulary (ISO 9001:2015 7.5, UU 43/2009 on archives) with the Indonesian labels
// a pengendali dokumen and an arsiparis use.
import type {
  ArchiveLoanStatus,
  DestructionStatus,
  DocumentAccess,
  DocumentReviewOutcome,
  DocumentRevisionStatus,
  DocumentStatus,
  DocumentType,
  FinalDisposition,
} from "../db/generated/enums";

export type {
  ArchiveLoanStatus,
  DestructionStatus,
  DocumentAccess,
  DocumentReviewOutcome,
  DocumentRevisionStatus,
  DocumentStatus,
  DocumentType,
  FinalDisposition,
};

export const DOCUMENT_TYPES = [
  "KEBIJAKAN_MUTU",
  "MANUAL_MUTU",
  "PROSEDUR",
  "INSTRUKSI_KERJA",
  "FORMULIR",
  "REKAMAN",
  "DOKUMEN_EKSTERNAL",
] as const satisfies readonly DocumentType[];

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  KEBIJAKAN_MUTU: "Kebijakan Mutu",
  MANUAL_MUTU: "Manual/Panduan Mutu",
  PROSEDUR: "Prosedur (SOP)",
  INSTRUKSI_KERJA: "Instruksi Kerja",
  FORMULIR: "Formulir",
  REKAMAN: "Rekaman",
  DOKUMEN_EKSTERNAL: "Dokumen Eksternal",
};

/** The type's short code in document codes ({TYPE} in a pattern). */
export const DOCUMENT_TYPE_CODES: Record<DocumentType, string> = {
  KEBIJAKAN_MUTU: "KM",
  MANUAL_MUTU: "MM",
  PROSEDUR: "SOP",
  INSTRUKSI_KERJA: "IK",
  FORMULIR: "FRM",
  REKAMAN: "RKM",
  DOKUMEN_EKSTERNAL: "EKS",
};

export const DOCUMENT_ACCESSES = ["BEBAS", "TERBATAS", "RAHASIA"] as const satisfies readonly DocumentAccess[];
export const DOCUMENT_ACCESS_LABELS: Record<DocumentAccess, string> = {
  BEBAS: "Bebas akses",
  TERBATAS: "Terbatas",
  RAHASIA: "Rahasia",
};
export const DOCUMENT_ACCESS_HINTS: Record<DocumentAccess, string> = {
  BEBAS: "Semua pengguna portal boleh melihat dan mengunduh.",
  TERBATAS: "Hanya pegawai Perangkat Daerah pemilik dan penerima distribusi.",
  RAHASIA: "Hanya pengendali dokumen, manajer mutu dan pimpinan unit pemilik serta penerima distribusi.",
};

export const DOCUMENT_STATUSES = ["AKTIF", "DITARIK", "DIMUSNAHKAN", "DISERAHKAN"] as const satisfies readonly DocumentStatus[];
export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  AKTIF: "Aktif",
  DITARIK: "Ditarik",
  DIMUSNAHKAN: "Dimusnahkan",
  DISERAHKAN: "Diserahkan ke arsip provinsi",
};

export const REVISION_STATUSES = [
  "DRAF",
  "DIAJUKAN",
  "DIPERIKSA",
  "DIKEMBALIKAN",
  "DISAHKAN",
  "BERLAKU",
  "KADALUARSA",
  "DIBATALKAN",
] as const satisfies readonly DocumentRevisionStatus[];
export const REVISION_STATUS_LABELS: Record<DocumentRevisionStatus, string> = {
  DRAF: "Draf",
  DIAJUKAN: "Menunggu pemeriksaan",
  DIPERIKSA: "Diperiksa, menunggu pengesahan",
  DIKEMBALIKAN: "Dikembalikan",
  DISAHKAN: "Disahkan, menunggu tanggal berlaku",
  BERLAKU: "Berlaku",
  KADALUARSA: "Kadaluarsa",
  DIBATALKAN: "Dibatalkan",
};
/** Not yet in force and not ended: at most one per document (partial unique index). */
export const PENDING_REVISION_STATUSES = ["DRAF", "DIAJUKAN", "DIPERIKSA", "DIKEMBALIKAN", "DISAHKAN"] as const satisfies readonly DocumentRevisionStatus[];

export const FINAL_DISPOSITIONS = ["MUSNAH", "PERMANEN"] as const satisfies readonly FinalDisposition[];
export const FINAL_DISPOSITION_LABELS: Record<FinalDisposition, string> = {
  MUSNAH: "Musnah",
  PERMANEN: "Permanen (diserahkan ke arsip provinsi)",
};

export const REVIEW_OUTCOMES = ["MASIH_SESUAI", "REVISI", "TARIK"] as const satisfies readonly DocumentReviewOutcome[];
export const REVIEW_OUTCOME_LABELS: Record<DocumentReviewOutcome, string> = {
  MASIH_SESUAI: "Masih sesuai",
  REVISI: "Perlu revisi",
  TARIK: "Ditarik dari penggunaan",
};

export const DESTRUCTION_STATUS_LABELS: Record<DestructionStatus, string> = {
  DRAF: "Draf usulan",
  DIAJUKAN: "Diajukan",
  DIKEMBALIKAN: "Dikembalikan",
  DISETUJUI: "Disetujui, menunggu pelaksanaan",
  DILAKSANAKAN: "Dilaksanakan",
  DIBATALKAN: "Dibatalkan",
};

export const LOAN_STATUS_LABELS: Record<ArchiveLoanStatus, string> = {
  DIAJUKAN: "Diajukan",
  DIPINJAM: "Dipinjam",
  DIKEMBALIKAN: "Dikembalikan",
  DITOLAK: "Ditolak",
};

/** Defaults of a new document by type: retention (years active, inactive), disposition, review interval. */
export const TYPE_DEFAULTS: Record<DocumentType, { active: number; inactive: number; disposition: FinalDisposition; reviewMonths: number; access: DocumentAccess }> = {
  KEBIJAKAN_MUTU: { active: 5, inactive: 5, disposition: "PERMANEN", reviewMonths: 12, access: "BEBAS" },
  MANUAL_MUTU: { active: 5, inactive: 5, disposition: "PERMANEN", reviewMonths: 12, access: "TERBATAS" },
  PROSEDUR: { active: 5, inactive: 5, disposition: "PERMANEN", reviewMonths: 24, access: "BEBAS" },
  INSTRUKSI_KERJA: { active: 3, inactive: 2, disposition: "MUSNAH", reviewMonths: 24, access: "TERBATAS" },
  FORMULIR: { active: 2, inactive: 3, disposition: "MUSNAH", reviewMonths: 24, access: "TERBATAS" },
  REKAMAN: { active: 2, inactive: 3, disposition: "MUSNAH", reviewMonths: 24, access: "TERBATAS" },
  DOKUMEN_EKSTERNAL: { active: 2, inactive: 0, disposition: "MUSNAH", reviewMonths: 12, access: "BEBAS" },
};

/** Default code pattern of a type (DocumentSetting.codePatterns overrides per agency). */
export const DEFAULT_CODE_PATTERN = "{TYPE}/{AGENCY}/{NN}";

/** Kinds of file a revision may carry (decided by content: lib/attachments/content-type.ts). */
export const DOCUMENT_FILE_KINDS = ["pdf", "docx", "xlsx"] as const;
export const DOCUMENT_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** Days before the review date from which a document is on the due list and reminded. */
export const REVIEW_DUE_WINDOW_DAYS = 30;
/** Default loan period of a physical archive. */
export const LOAN_DAYS = 14;
