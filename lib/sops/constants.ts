export const SOPS_PAGE_SIZE = 25;

export const SOP_SORTS = ["relevansi", "nama", "nomor", "unit", "langkah", "waktu", "terbaru"] as const;
export type SopSort = (typeof SOP_SORTS)[number];

export const SOP_SORT_LABELS: Record<SopSort, string> = {
  relevansi: "Paling relevan",
  nama: "Nama (A–Z)",
  nomor: "Nomor SOP",
  unit: "Unit",
  langkah: "Jumlah langkah terbanyak",
  waktu: "Waktu baku terlama",
  terbaru: "Terakhir diubah",
};

/** Largest file the upload import accepts. */
export const SOP_UPLOAD_MAX_BYTES = 2 * 1024 * 1024;
export const SOP_UPLOAD_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".docx"] as const;
