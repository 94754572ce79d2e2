import type { UnitType } from "../db/generated/enums";

export type { UnitType };

export const UNIT_TYPES = [
  "PROVINSI",
  "PERANGKAT_DAERAH",
  "SEKRETARIAT",
  "BIDANG",
  "BAGIAN",
  "UPTD",
  "SUB_BAGIAN",
  "SEKSI",
  "SUB_KOORDINATOR",
] as const satisfies readonly UnitType[];

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  PROVINSI: "Pemerintah Provinsi",
  PERANGKAT_DAERAH: "Perangkat Daerah",
  SEKRETARIAT: "Sekretariat",
  BIDANG: "Bidang",
  BAGIAN: "Bagian",
  UPTD: "UPTD",
  SUB_BAGIAN: "Sub Bagian",
  SEKSI: "Seksi",
  SUB_KOORDINATOR: "Sub Koordinator",
};

export const USERS_PAGE_SIZE = 20;
