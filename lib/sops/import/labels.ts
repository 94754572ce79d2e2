/**
 * Every label the SOP AP format prints, with the synonyms agencies use, in one table: the parser
 * rules (identity.ts, sections.ts, table.ts) and the layout reader (layout-reader.ts) both read it.
 * Each pattern is anchored at the start of a cleaned cell and matches the label only (no colon).
 */
import type { IdentityKey } from "./identity";
import type { SectionKey } from "./sections";

export const IDENTITY_LABELS: [RegExp, IdentityKey][] = [
  [/^(?:nomor|no\.?)\s*sop(?:\s*-?\s*ap)?/i, "nomor"],
  [/^(?:tanggal|tgl\.?)\s+pembuat(?:an)?/i, "tanggal_pembuatan"],
  [/^(?:tanggal|tgl\.?)\s+revisi/i, "tanggal_revisi"],
  [/^(?:tanggal|tgl\.?)\s+(?:efektif|pengesahan|berlaku|disahkan|ditetapkan|penetapan)/i, "tanggal_efektif"],
  [/^(?:disahkan|ditetapkan)\s+oleh/i, "disahkan_oleh"],
  [/^(?:nama\s*\/\s*judul|judul\s*\/\s*nama|nama|judul)\s+sop(?:\s*-?\s*ap)?/i, "nama"],
];

/** A bare "Nomor" counts as "Nomor SOP" only inside an identity block (next to other labels). */
export const BARE_NOMOR_LABEL = /^nomor/i;

export const SECTION_LABELS: [RegExp, SectionKey][] = [
  [/^dasar\s+hukum/i, "dasar_hukum"],
  [/^kualifikasi(?:\s+pelaksana)?/i, "kualifikasi"],
  [/^keterkaitan(?:\s+dengan\s+sop(?:\s+lain)?)?/i, "keterkaitan"],
  [/^(?:peralatan(?:\s*\/\s*\w*ngkapan)?|perlengkapan(?:\s*\/\s*peralatan)?)/i, "peralatan"],
  [/^peringatan/i, "peringatan"],
  [/^pencatatan(?:\s+dan\s+pendataan)?/i, "pencatatan"],
];

/** First header cell of the procedure table. */
export const TABLE_NO_LABEL = /^no\.?$/i;
/** Second header cell: the activity column. */
export const TABLE_ACTIVITY_LABEL =
  /(tahap(an)?|uraian|langkah)\s*(kegiatan|prosedur|aktivitas)|^(kegiatan|aktivitas|uraian|langkah)(\s*\/\s*(kegiatan|aktivitas))?$/i;
/** Group labels above the actor and Mutu Baku columns (merged header cells). */
export const TABLE_GROUP_LABEL = /^(pelaksana(\s+tim\s*kerja)?|mutu\s+b[au]ku|tim\s*kerja)$/i;
export const TABLE_KELENGKAPAN_LABEL = /^(kelengkapan|perlengkapan|persyaratan)\b/i;
export const TABLE_WAKTU_LABEL = /waktu|durasi|^lama(nya)?\b/i;
export const TABLE_OUTPUT_LABEL = /^(output|keluaran|hasil)\b/i;
export const TABLE_KETERANGAN_LABEL = /^(keterangan|ket\.?)$/i;
