// The closed lists of what the change history records. New modules add their entities here.
export const ACTIVITY_ENTITIES = [
  "unit",
  "user",
  "sop",
  "objective",
  "quality_policy",
  "audit_programme",
  "audit",
  "finding",
  "corrective_action",
] as const;
export type ActivityEntity = (typeof ACTIVITY_ENTITIES)[number];

export const ACTIVITY_ACTIONS = [
  "create",
  "update",
  "delete",
  "move",
  "deactivate",
  "activate",
  "grant",
  "revoke",
  "password_reset",
  "password_change",
  "logout",
  "revise",
  "submit",
  "approve",
  "return",
  "close",
  "measure",
  "discard",
  "supersede",
  "accept",
  "dispute",
  "confirm",
  "reclassify_mayor",
  "reclassify_minor",
  "reclassify_observasi",
  "withdraw",
  "close_observation",
] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

export const ACTIVITY_ACTION_LABELS: Record<ActivityAction, string> = {
  create: "Dibuat",
  update: "Diubah",
  delete: "Dihapus",
  move: "Dipindahkan",
  deactivate: "Dinonaktifkan",
  activate: "Diaktifkan",
  grant: "Peran diberikan",
  revoke: "Peran dicabut",
  password_reset: "Kata sandi direset",
  password_change: "Kata sandi diganti",
  logout: "Keluar (sesi dicabut)",
  revise: "Revisi baru",
  submit: "Diajukan",
  approve: "Disetujui",
  return: "Dikembalikan",
  close: "Ditutup",
  measure: "Pengukuran dicatat",
  discard: "Draf dibatalkan",
  supersede: "Digantikan versi baru",
  accept: "Diterima auditi",
  dispute: "Disanggah auditi",
  confirm: "Sanggahan ditolak, temuan dikukuhkan",
  reclassify_mayor: "Kategori diubah menjadi KTS Mayor",
  reclassify_minor: "Kategori diubah menjadi KTS Minor",
  reclassify_observasi: "Kategori diubah menjadi Observasi",
  withdraw: "Temuan dicabut",
  close_observation: "Observasi ditutup dengan keputusan",
};

export const ACTIVITY_ENTITY_LABELS: Record<ActivityEntity, string> = {
  unit: "Unit",
  user: "Pengguna",
  sop: "SOP AP",
  objective: "Sasaran mutu",
  quality_policy: "Kebijakan mutu",
  audit_programme: "Program audit",
  audit: "Audit internal",
  finding: "Temuan",
  corrective_action: "Tindakan perbaikan",
};

/** The hash the first row links to. */
export const GENESIS_HASH = "0".repeat(64);
