// The input pack of a management review (ISO 9001:2015 9.3.2): one section per input, each with
// figures (every figure links to the module list that shows the same count), tables, charts and
// the narrative the manajer mutu writes. Compiled live until the meeting starts, then stored.
import type { PrismaClient, Tx } from "../db";

export const INPUT_SECTION_KEYS = ["a", "b", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "d", "e", "f"] as const;
export type InputSectionKey = (typeof INPUT_SECTION_KEYS)[number];

export const INPUT_SECTION_TITLES: Record<InputSectionKey, string> = {
  a: "Status tindak lanjut tinjauan manajemen sebelumnya",
  b: "Perubahan isu eksternal dan internal",
  c1: "Kepuasan pelanggan (SKM/IKM) dan pengaduan",
  c2: "Ketercapaian sasaran mutu",
  c3: "Kinerja proses dan kesesuaian layanan (SOP AP)",
  c4: "Ketidaksesuaian dan tindakan perbaikan",
  c5: "Hasil pemantauan dan pengukuran",
  c6: "Hasil audit",
  c7: "Kinerja penyedia eksternal",
  d: "Kecukupan sumber daya",
  e: "Efektivitas tindakan menangani risiko dan peluang",
  f: "Peluang peningkatan",
};

/** Inclusive period, dates at UTC midnight. */
export interface InputPeriod {
  from: Date;
  to: Date;
}

export interface InputContext {
  agencyId: string;
  agencyPath: string;
  period: InputPeriod;
  /** The review being prepared (section a leaves it out of "previous reviews"). */
  reviewId?: string;
}

export interface PackFigure {
  label: string;
  value: number | string | null;
  /** "%", "hari", … */
  unit?: string;
  /** The module list filtered to exactly this figure. */
  href?: string;
}

export interface PackTable {
  caption: string;
  columns: string[];
  rows: (string | number | null)[][];
}

export interface PackChart {
  kind: "bar" | "line";
  caption: string;
  series: { name: string; points: { label: string; value: number | null }[] }[];
}

export interface SectionData {
  figures: PackFigure[];
  tables: PackTable[];
  charts: PackChart[];
  /** A remark the compiler adds (e.g. "belum ada register risiko: diisi naratif"). */
  note?: string;
}

export type InputPack = Record<InputSectionKey, SectionData>;
export type SectionCompiler = (db: Tx | PrismaClient, ctx: InputContext) => Promise<SectionData>;
