// The roles of the portal, with the Indonesian names users know them by.
import type { Role } from "../db/generated/enums";

export type { Role };

export const ROLES = [
  "ADMIN",
  "MANAJER_MUTU",
  "AUDITOR",
  "AUDITEE",
  "PIMPINAN",
  "PENGENDALI_DOKUMEN",
  "PEGAWAI",
  "PEMANTAU",
] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrator",
  MANAJER_MUTU: "Manajer Mutu",
  AUDITOR: "Auditor",
  AUDITEE: "Auditi / Kepala Unit",
  PIMPINAN: "Pimpinan",
  PENGENDALI_DOKUMEN: "Pengendali Dokumen",
  PEGAWAI: "Pegawai",
  PEMANTAU: "Pemantau (baca saja)",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN: "Mengelola unit, pengguna dan peran.",
  MANAJER_MUTU: "Memiliki SMM: sasaran mutu, program audit, bahan tinjauan manajemen.",
  AUDITOR: "Menyusun daftar periksa, mencatat temuan, memverifikasi tindakan perbaikan.",
  AUDITEE: "Menanggapi temuan serta merencanakan dan melaksanakan tindakan perbaikan.",
  PIMPINAN: "Memimpin rapat tinjauan manajemen, menyetujui rencana dan dokumen.",
  PENGENDALI_DOKUMEN: "Mendaftar, menomori, mendistribusikan, meminjamkan, menyimpan dan memusnahkan dokumen.",
  PEGAWAI: "Membaca SOP dan dokumen yang berlaku, mengonfirmasi revisi baru.",
  PEMANTAU: "Membaca seluruh modul pada unit dan bawahannya tanpa dapat mengubah apa pun (Biro Organisasi, Inspektorat).",
};
