// The demo accounts of seeds/users.ts as the e2e journeys use them.
import { DEMO_PASSWORD } from "../../seeds/users";

export { DEMO_PASSWORD };

export const ACCOUNTS = {
  admin: { login: "admin@portalmutu.go.id", name: "Administrator Portal" },
  manajerMutu: { login: "manajer.mutu@dinsos.nttprov.go.id", name: "Maria Goreti Bria, S.Sos., M.Si" },
  auditor: { login: "198511202010011004", name: "Yohanes Kefi, S.E." },
  auditee: { login: "kabid.dayasos@dinsos.nttprov.go.id", name: "Drs. Agustinus Lelo" },
  pimpinan: { login: "kadis@dinsos.nttprov.go.id", name: "Dr. Theresia Adu, M.Si" },
  pengendaliDokumen: { login: "arsip@dinsos.nttprov.go.id", name: "Fransiska Nona, A.Md" },
  pegawai: { login: "pegawai@dinsos.nttprov.go.id", name: "Kristoforus Seran" },
} as const;

export type AccountKey = keyof typeof ACCOUNTS;

export const storageStateOf = (key: AccountKey) => `tests/e2e/.auth/${key}.json`;
