/** The element shape printed by `scripts/sop-parse.ts` (fixed key set and order). */
import type { CliSop } from "./schema";
import type { ParsedSop, Warning } from "./types";

/** A warning of a paged source keeps today's keys: the page goes in front of the message. */
export function toCliWarning(w: Warning): { line: number; message: string } {
  return { line: w.line, message: w.page ? `hlm. ${w.page}: ${w.message}` : w.message };
}

/** Drops `disahkan_oleh_nip` and the steps' `decision` (not part of the CLI contract) and adds the file name. */
export function toCliSop(sop: ParsedSop, file: string): CliSop {
  return {
    nomor: sop.nomor,
    nama: sop.nama,
    unit_lines: sop.unit_lines,
    tanggal_pembuatan: sop.tanggal_pembuatan,
    tanggal_revisi: sop.tanggal_revisi,
    tanggal_efektif: sop.tanggal_efektif,
    disahkan_oleh: sop.disahkan_oleh,
    dasar_hukum: sop.dasar_hukum,
    kualifikasi: sop.kualifikasi,
    keterkaitan: sop.keterkaitan,
    peralatan: sop.peralatan,
    peringatan: sop.peringatan,
    pencatatan: sop.pencatatan,
    actors: sop.actors,
    steps: sop.steps.map(({ decision: _decision, ...step }) => step),
    total_minutes: sop.total_minutes,
    warnings: sop.warnings.map(toCliWarning),
    file,
    source_line: sop.source_line,
  };
}
