// The arithmetic of the Indeks Kepuasan Masyarakat (Permenpan RB 14/2017, Lampiran):
// - NRR per unsur = the mean of the respondents' scores (1-4) on that element;
// - NRR tertimbang = NRR x bobot, bobot = 1/9 for each of the nine elements;
// - IKM unit pelayanan = sum of the NRR tertimbang (1-4); IKM konversi = IKM x 25 (25-100);
// - mutu pelayanan by the Nilai Interval Konversi: A Sangat Baik 88,31-100; B Baik 76,61-88,30;
//   C Kurang Baik 65,00-76,60; D Tidak Baik 25,00-64,99.
// The regulation's example rounds the weight to 0,111; we use the exact 1/9 (as its definition
// "jumlah bobot / jumlah unsur" says), so nine elements of 4 give 100, not 99,9.
// NRR are kept to 4 decimals and the IKM to 2, in integers, so the category never depends on
// floating-point noise at a boundary. Pure: no database.
import { ELEMENT_COUNT, IKM_CATEGORY_LABELS, PERIODS_PER_YEAR, type IkmCategory, type PeriodType } from "./constants";

const NRR_SCALE = 10_000;

/** Lower bounds of each category, in hundredths of the IKM konversi. */
const CATEGORY_FLOORS: readonly [IkmCategory, number][] = [
  ["A", 8831],
  ["B", 7661],
  ["C", 6500],
  ["D", 2500],
];

/** Half-up rounding of a non-negative rational a/b to an integer, in integers. */
function roundDiv(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

/** NRR of one element from the number of respondents per score (index 0 = score 1), to 4 decimals. */
export function nrrFromCounts(counts: readonly [number, number, number, number]): number {
  const answered = counts.reduce((s, c) => s + c, 0);
  if (answered <= 0) throw new Error("An element needs at least one answer");
  const points = counts.reduce((s, c, i) => s + c * (i + 1), 0);
  return roundDiv(points * NRR_SCALE, answered) / NRR_SCALE;
}

/** An NRR as the portal keeps it: 4 decimals. */
export function roundNrr(nrr: number): number {
  return Math.round(nrr * NRR_SCALE) / NRR_SCALE;
}

/** NRR tertimbang of one element (bobot 1/9), for showing. */
export function weightedNrr(nrr: number): number {
  return nrr / ELEMENT_COUNT;
}

/** IKM konversi (25-100) from the nine NRR values, to 2 decimals. */
export function ikmFromNrr(nrrs: readonly number[]): number {
  if (nrrs.length !== ELEMENT_COUNT) throw new Error(`IKM needs ${ELEMENT_COUNT} elements, got ${nrrs.length}`);
  const sum = nrrs.reduce((s, n) => s + Math.round(n * NRR_SCALE), 0);
  // IKM = (sum / 9) x 25 = sum x 25 / 9; in hundredths with NRR in 1/10000: sum x 2500 / (9 x 10000) = sum / 36.
  return roundDiv(sum, 36) / 100;
}

/** The mutu pelayanan of an IKM konversi (read at 2 decimals, as the regulation's table is). */
export function ikmCategory(ikm: number): IkmCategory {
  const hundredths = Math.round(ikm * 100);
  for (const [category, floor] of CATEGORY_FLOORS) if (hundredths >= floor) return category;
  return "D";
}

export function categoryText(category: IkmCategory): string {
  return `${category} (${IKM_CATEGORY_LABELS[category]})`;
}

export interface ElementEntry {
  /** Entered NRR (mode NRR). */
  nrr?: number | null;
  /** Respondents per score 1..4 (mode RESPONDEN). */
  counts?: readonly [number, number, number, number] | null;
}

export interface ComputedSurvey {
  elements: { element: number; nrr: number; counts: [number, number, number, number] | null }[];
  ikm: number;
  category: IkmCategory;
}

/** Every element's NRR, the IKM and its category, from what was entered. */
export function computeSurvey(mode: "NRR" | "RESPONDEN", entries: readonly ElementEntry[]): ComputedSurvey {
  const elements = entries.map((e, i) => {
    if (mode === "RESPONDEN") {
      const counts = [...(e.counts ?? [0, 0, 0, 0])] as [number, number, number, number];
      return { element: i + 1, nrr: nrrFromCounts(counts), counts };
    }
    return { element: i + 1, nrr: roundNrr(e.nrr ?? 0), counts: null };
  });
  const ikm = ikmFromNrr(elements.map((e) => e.nrr));
  return { elements, ikm, category: ikmCategory(ikm) };
}

/** First and last day (UTC midnight) of a survey period. */
export function periodRange(year: number, type: PeriodType, no: number): { start: Date; end: Date } {
  const months = 12 / PERIODS_PER_YEAR[type];
  const startMonth = (no - 1) * months;
  return {
    start: new Date(Date.UTC(year, startMonth, 1)),
    end: new Date(Date.UTC(year, startMonth + months, 0)),
  };
}

const ROMAN = ["I", "II", "III", "IV"];

/** "Tahun 2025", "Semester II 2025", "Triwulan III 2025". */
export function periodLabel(year: number, type: PeriodType, no: number): string {
  if (type === "TAHUNAN") return `Tahun ${year}`;
  return `${type === "SEMESTER" ? "Semester" : "Triwulan"} ${ROMAN[no - 1] ?? no} ${year}`;
}

/** Share of complaints resolved, in percent to 1 decimal; null when none was received. */
export function resolvedShare(received: number, resolved: number): number | null {
  if (received <= 0) return null;
  return Math.round((resolved / received) * 1000) / 10;
}
