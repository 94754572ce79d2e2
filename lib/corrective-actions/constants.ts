// Tindakan perbaikan vocabulary with the Indonesian labels users know.
import type { CorrectiveActionItemStatus, CorrectiveActionStatus, FishboneCategory } from "../db/generated/enums";

export type { CorrectiveActionItemStatus, CorrectiveActionStatus, FishboneCategory };

export const CA_STATUSES = [
  "TERBUKA", "RENCANA_DIAJUKAN", "RENCANA_DISETUJUI", "DILAKSANAKAN", "VERIFIKASI", "DITUTUP", "TIDAK_EFEKTIF",
] as const satisfies readonly CorrectiveActionStatus[];

export const CA_STATUS_LABELS: Record<CorrectiveActionStatus, string> = {
  TERBUKA: "Terbuka (analisis)",
  RENCANA_DIAJUKAN: "Rencana diajukan",
  RENCANA_DISETUJUI: "Rencana disetujui",
  DILAKSANAKAN: "Dilaksanakan",
  VERIFIKASI: "Verifikasi",
  DITUTUP: "Ditutup (efektif)",
  TIDAK_EFEKTIF: "Tidak efektif (putaran berikutnya)",
};

/** States of a round that is finished: nothing in it changes any more. */
export const FINISHED_STATUSES = ["DITUTUP", "TIDAK_EFEKTIF"] as const satisfies readonly CorrectiveActionStatus[];

export const FISHBONE_CATEGORIES = ["MANUSIA", "METODE", "MATERIAL", "MESIN", "LINGKUNGAN", "PENGUKURAN"] as const satisfies readonly FishboneCategory[];
export const FISHBONE_LABELS: Record<FishboneCategory, string> = {
  MANUSIA: "Manusia",
  METODE: "Metode",
  MATERIAL: "Material",
  MESIN: "Mesin/peralatan",
  LINGKUNGAN: "Lingkungan",
  PENGUKURAN: "Pengukuran",
};

export const ITEM_STATUS_LABELS: Record<CorrectiveActionItemStatus, string> = { BELUM: "Belum selesai", SELESAI: "Selesai" };

/** The finding categories that need a corrective action (an OBSERVASI closes with a decision). */
export const KTS_CATEGORIES = ["KTS_MAYOR", "KTS_MINOR"] as const;
export type KtsCategory = (typeof KTS_CATEGORIES)[number];
export const CATEGORY_LABELS: Record<"KTS_MAYOR" | "KTS_MINOR" | "OBSERVASI", string> = {
  KTS_MAYOR: "KTS Mayor",
  KTS_MINOR: "KTS Minor",
  OBSERVASI: "Observasi",
};

/** Used when an agency has not set its own (CorrectiveActionSetting). */
export const DEFAULT_SETTINGS = { dueDaysMayor: 30, dueDaysMinor: 60, waitDaysMayor: 14, waitDaysMinor: 7 } as const;

export const MAX_WHYS = 5;
export const MAX_CAUSES = 10;
export const MAX_ITEMS = 20;
export const CA_PAGE_SIZE = 20;
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
/** Dates of the portal's agencies are read in WITA (the demo agency's zone). */
export const CA_TIME_ZONE = "Asia/Makassar";
