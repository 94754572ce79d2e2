// How a document's change history reads: its fields in Indonesian and its enums by their labels.
// Pure; the page gives the names of the units it may name.
import type { DiffOptions } from "../activity/diff";
import {
  DOCUMENT_ACCESS_LABELS,
  DOCUMENT_TYPE_LABELS,
  FINAL_DISPOSITION_LABELS,
  REVISION_STATUS_LABELS,
} from "./constants";

export const DOCUMENT_FIELD_LABELS: Record<string, string> = {
  code: "kode", title: "judul", description: "uraian", type: "jenis", unitId: "unit pemilik", access: "kelas akses",
  retentionActiveYears: "masa aktif (tahun)", retentionInactiveYears: "masa inaktif (tahun)", finalDisposition: "nasib akhir",
  reviewIntervalMonths: "interval kaji ulang (bulan)", revisionNo: "revisi", status: "status", changedParts: "bagian yang diubah",
  effectiveDate: "tanggal berlaku", file: "berkas", catatan: "catatan",
};

export function documentHistoryOptions(unitNames: Record<string, string>): DiffOptions {
  return {
    fieldLabels: DOCUMENT_FIELD_LABELS,
    valueLabels: {
      status: REVISION_STATUS_LABELS, access: DOCUMENT_ACCESS_LABELS, type: DOCUMENT_TYPE_LABELS,
      finalDisposition: FINAL_DISPOSITION_LABELS, unitId: unitNames,
    },
  };
}
