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
  "plan",
  "record_done",
  "complete",
  "start_verification",
  "verify_effective",
  "verify_not_effective",
  "settings",
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
  plan: "Rencana disimpan",
  record_done: "Tindakan dicatat selesai",
  complete: "Dilaporkan selesai dilaksanakan",
  start_verification: "Verifikasi dimulai",
  verify_effective: "Diverifikasi efektif",
  verify_not_effective: "Diverifikasi tidak efektif",
  settings: "Pengaturan diubah",
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
