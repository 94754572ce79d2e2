// Words of the audit programme (program audit internal), its rounds and auditor competence.

export const PROGRAMME_STATUSES = ["DRAF", "DIAJUKAN", "DIKEMBALIKAN", "DISETUJUI", "DIBATALKAN"] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const PROGRAMME_STATUS_LABELS: Record<ProgrammeStatus, string> = {
  DRAF: "Draf",
  DIAJUKAN: "Diajukan",
  DIKEMBALIKAN: "Dikembalikan",
  DISETUJUI: "Disetujui",
  DIBATALKAN: "Dibatalkan",
};

/** Statuses in which the programme's content may be changed directly. */
export const PROGRAMME_EDITABLE: readonly ProgrammeStatus[] = ["DRAF", "DIKEMBALIKAN"];

/** ISO 9001:2015 9.2.1: internal audits at planned intervals; seed 004 asks for two a year. */
export const MIN_ROUNDS = 2;
export const MAX_ROUNDS = 6;

export const MONTH_LABELS = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;
export const MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"] as const;

/** The main clauses of ISO 9001:2015 that carry requirements, the columns of the coverage matrix. */
export const MAIN_CLAUSES = ["4", "5", "6", "7", "8", "9", "10"] as const;
export type MainClause = (typeof MAIN_CLAUSES)[number];
export const MAIN_CLAUSE_LABELS: Record<MainClause, string> = {
  "4": "Konteks organisasi",
  "5": "Kepemimpinan",
  "6": "Perencanaan",
  "7": "Dukungan",
  "8": "Operasi",
  "9": "Evaluasi kinerja",
  "10": "Peningkatan",
};

/**
 * Units that own a QMS and so a programme: a Perangkat Daerah, or a UPTD certified on its own
 * (e.g. UPTD BPSMB Kaltim, whose manajer mutu holds the role on the UPTD).
 */
export const PROGRAMME_OWNER_TYPES = ["PERANGKAT_DAERAH", "UPTD"] as const;

export const COMPETENCE_KINDS = ["PELATIHAN", "SERTIFIKAT"] as const;
export type CompetenceKind = (typeof COMPETENCE_KINDS)[number];
export const COMPETENCE_KIND_LABELS: Record<CompetenceKind, string> = {
  PELATIHAN: "Pelatihan",
  SERTIFIKAT: "Sertifikat",
};

export const COMPETENCE_FILE_MAX_BYTES = 5 * 1024 * 1024;
