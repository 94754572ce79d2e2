// PLACEHOLDER: replaced at merge
// Section (c1) belongs to the satisfaction branch; this stand-in keeps the exact export.
import type { SectionCompiler } from "../management-reviews/input-types";

export const compileSatisfaction: SectionCompiler = async () => ({
  figures: [],
  tables: [],
  charts: [],
  note: "Data SKM/IKM dan pengaduan disusun oleh modul kepuasan pelanggan.",
});
