// Survei Kepuasan Masyarakat (SKM) per Permenpan RB 14/2017: the nine elements (unsur), the
// periods a unit surveys in, and the IKM categories (mutu pelayanan) with their labels.

/** The nine elements of Permenpan RB 14/2017, in the regulation's order (U1..U9). */
export const SKM_ELEMENTS = [
  { no: 1, code: "U1", label: "Persyaratan" },
  { no: 2, code: "U2", label: "Sistem, mekanisme dan prosedur" },
  { no: 3, code: "U3", label: "Waktu penyelesaian" },
  { no: 4, code: "U4", label: "Biaya/tarif" },
  { no: 5, code: "U5", label: "Produk spesifikasi jenis pelayanan" },
  { no: 6, code: "U6", label: "Kompetensi pelaksana" },
  { no: 7, code: "U7", label: "Perilaku pelaksana" },
  { no: 8, code: "U8", label: "Penanganan pengaduan, saran dan masukan" },
  { no: 9, code: "U9", label: "Sarana dan prasarana" },
] as const;
export const ELEMENT_COUNT = SKM_ELEMENTS.length;

export const PERIOD_TYPES = ["TAHUNAN", "SEMESTER", "TRIWULAN"] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];
export const PERIOD_TYPE_LABELS: Record<PeriodType, string> = { TAHUNAN: "Tahunan", SEMESTER: "Semester", TRIWULAN: "Triwulan" };
/** How many periods of the type fit in a year. */
export const PERIODS_PER_YEAR: Record<PeriodType, number> = { TAHUNAN: 1, SEMESTER: 2, TRIWULAN: 4 };

export const ENTRY_MODES = ["NRR", "RESPONDEN"] as const;
export type EntryMode = (typeof ENTRY_MODES)[number];
export const ENTRY_MODE_LABELS: Record<EntryMode, string> = {
  NRR: "Nilai rata-rata (NRR) per unsur",
  RESPONDEN: "Jumlah responden per nilai jawaban",
};

export const IKM_CATEGORIES = ["A", "B", "C", "D"] as const;
export type IkmCategory = (typeof IKM_CATEGORIES)[number];
/** Kinerja unit pelayanan per mutu pelayanan (Permenpan RB 14/2017, tabel nilai persepsi). */
export const IKM_CATEGORY_LABELS: Record<IkmCategory, string> = {
  A: "Sangat Baik",
  B: "Baik",
  C: "Kurang Baik",
  D: "Tidak Baik",
};

export const SATISFACTION_PAGE_SIZE = 25;
export const MIN_YEAR = 2015;
export const MAX_YEAR = 2100;
