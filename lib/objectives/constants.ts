// Sasaran mutu vocabulary with the Indonesian labels users know.
import type {
  MeasurementFrequency,
  ObjectiveStatus,
  Perspective,
  PolicyStatus,
  RevisionStatus,
  TargetDirection,
} from "../db/generated/enums";

export type { MeasurementFrequency, ObjectiveStatus, Perspective, PolicyStatus, RevisionStatus, TargetDirection };

export const OBJECTIVE_STATUSES = ["DRAF", "DIAJUKAN", "DIKEMBALIKAN", "DISETUJUI", "DITUTUP"] as const satisfies readonly ObjectiveStatus[];
export const OBJECTIVE_STATUS_LABELS: Record<ObjectiveStatus, string> = {
  DRAF: "Draf",
  DIAJUKAN: "Diajukan",
  DIKEMBALIKAN: "Dikembalikan",
  DISETUJUI: "Disetujui (aktif)",
  DITUTUP: "Ditutup",
};

export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  DRAF: "Draf",
  DIAJUKAN: "Diajukan",
  DIKEMBALIKAN: "Dikembalikan",
  DISETUJUI: "Berlaku",
  DIGANTIKAN: "Digantikan",
  DIBATALKAN: "Dibatalkan",
};

export const REVISION_STATUS_LABELS: Record<RevisionStatus, string> = {
  DRAF: "Draf revisi",
  DIAJUKAN: "Revisi diajukan",
  DIKEMBALIKAN: "Revisi dikembalikan",
  DISETUJUI: "Disetujui",
  DIBATALKAN: "Dibatalkan",
};

/** Balanced-scorecard perspectives (Juknis SMM BKD NTT). */
export const PERSPECTIVES = ["PELANGGAN", "PROSES_INTERNAL", "PEMBELAJARAN", "KEUANGAN"] as const satisfies readonly Perspective[];
export const PERSPECTIVE_LABELS: Record<Perspective, string> = {
  PELANGGAN: "Pelanggan / pemangku kepentingan",
  PROSES_INTERNAL: "Proses bisnis internal",
  PEMBELAJARAN: "Pembelajaran dan pertumbuhan",
  KEUANGAN: "Keuangan / anggaran",
};

export const DIRECTIONS = ["MINIMAL", "MAKSIMAL", "TEPAT", "RENTANG"] as const satisfies readonly TargetDirection[];
export const DIRECTION_LABELS: Record<TargetDirection, string> = {
  MINIMAL: "Paling sedikit (≥)",
  MAKSIMAL: "Paling banyak (≤)",
  TEPAT: "Tepat (=)",
  RENTANG: "Dalam rentang",
};

export const FREQUENCIES = ["BULANAN", "TRIWULANAN", "SEMESTERAN", "TAHUNAN"] as const satisfies readonly MeasurementFrequency[];
export const FREQUENCY_LABELS: Record<MeasurementFrequency, string> = {
  BULANAN: "Bulanan",
  TRIWULANAN: "Triwulanan",
  SEMESTERAN: "Semesteran",
  TAHUNAN: "Tahunan",
};

export const ACHIEVEMENTS = ["TERCAPAI", "TIDAK_TERCAPAI", "BELUM_DIUKUR"] as const;
export type Achievement = (typeof ACHIEVEMENTS)[number];
export const ACHIEVEMENT_LABELS: Record<Achievement, string> = {
  TERCAPAI: "Tercapai",
  TIDAK_TERCAPAI: "Tidak tercapai",
  BELUM_DIUKUR: "Belum diukur",
};

/** A period's measurement is late this many days after the period ends. */
export const MEASUREMENT_GRACE_DAYS = 10;

export const OBJECTIVES_PAGE_SIZE = 20;

/** Largest evidence file accepted with a measurement. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
