/**
 * Reads the hand-written corpus (`NN-name.txt` + `NN-name.expected.json`) for the corpus test and
 * the `sop:corpus` report. Node-only (file system); not exported from index.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The fields of a step checked against the corpus (written by hand from reading the document). */
export interface ExpectedStep {
  no: number | null;
  activity: string;
  actor: string | null;
  waktu_minutes: number | null;
}

export interface ExpectedSop {
  nomor: string | null;
  nama: string | null;
  unit_lines: string[];
  tanggal_pembuatan: string | null;
  tanggal_revisi: string | null;
  tanggal_efektif: string | null;
  disahkan_oleh: string | null;
  dasar_hukum: string[];
  kualifikasi: string[];
  keterkaitan: string[];
  peralatan: string[];
  peringatan: string | null;
  pencatatan: string | null;
  actors: string[];
  steps: ExpectedStep[];
}

export interface CorpusCase {
  /** File name of the text, e.g. "01-puskesmas-pendaftaran.txt". */
  file: string;
  text: string;
  expected: ExpectedSop[];
}

export const corpusDir = path.dirname(fileURLToPath(import.meta.url));

/** Every `*.txt` of the corpus with its expected SOPs, in file-name order. */
export function loadCorpus(dir = corpusDir): CorpusCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({
      file,
      text: readFileSync(path.join(dir, file), "utf8"),
      expected: JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/, ".expected.json")), "utf8")) as ExpectedSop[],
    }));
}
