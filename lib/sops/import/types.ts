/** Types of the SOP AP parser (PermenPANRB 35/2012 format). Pure data, no runtime code. */

/** Something the parser did not understand or had to guess; `line` is 1-based in the input file. */
export interface Warning {
  line: number;
  message: string;
  /** 1-based page of a paged source (PDF, or text with form feeds); `line` is then the line on that page. */
  page?: number;
}

/** How the actor of a step was found. */
export type ActorConfidence = "certain" | "inferred" | "unknown";

export interface SopStep {
  /** Step number as printed (null when the row has none). */
  no: number | null;
  /** Tahap / Uraian Kegiatan. */
  activity: string;
  /** One of `ParsedSop.actors`, or null. */
  actor: string | null;
  /** "certain": Mulai/Selesai column; "inferred": from the text; "unknown": actor is null. */
  actor_confidence: ActorConfidence;
  kelengkapan: string | null;
  /** Waktu exactly as printed (whitespace collapsed). */
  waktu_raw: string | null;
  /** Waktu in minutes (working day = 450 minutes); null when unknown. */
  waktu_minutes: number | null;
  output: string | null;
  keterangan: string | null;
  /** True when the source drew the step's symbol as a diamond (PDF) or marked it ◇; not in the CLI output. */
  decision?: boolean;
}

export interface ParsedSop {
  nomor: string | null;
  nama: string | null;
  /** Organisation lines printed above/beside the header, e.g. "DINAS SOSIAL". */
  unit_lines: string[];
  tanggal_pembuatan: string | null;
  tanggal_revisi: string | null;
  tanggal_efektif: string | null;
  /** Approver as printed, without the NIP. */
  disahkan_oleh: string | null;
  /** NIP of the approver, whitespace removed. */
  disahkan_oleh_nip: string | null;
  dasar_hukum: string[];
  kualifikasi: string[];
  keterkaitan: string[];
  peralatan: string[];
  peringatan: string | null;
  pencatatan: string | null;
  /** Pelaksana column headers, in table order (union over all procedure tables). */
  actors: string[];
  steps: SopStep[];
  /** Sum of the known `waktu_minutes`. */
  total_minutes: number;
  warnings: Warning[];
  /** 1-based line of the first identity line of this SOP (on its page when the source has pages). */
  source_line: number;
  /** 1-based page of that line, when the source has pages (PDF, text with form feeds). */
  source_page?: number;
}

export interface ParseOptions {
  /** Used only in messages. */
  fileName?: string;
}

export interface ParseResult {
  sops: ParsedSop[];
  /** Warnings that do not belong to a single SOP. */
  warnings: Warning[];
}
