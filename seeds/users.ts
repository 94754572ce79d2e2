// Demo accounts, one or more per role. All share DEMO_PASSWORD (listed in the README).
import type { Role } from "../lib/auth/roles";

export const DEMO_PASSWORD = "PortalMutu#2026";

export interface UserSeed {
  nip: string;
  email: string;
  name: string;
  position: string;
  unitCode: string;
  /** unitCode null: the whole portal. */
  grants: { role: Role; unitCode: string | null }[];
}

export const DEMO_USERS: UserSeed[] = [
  {
    nip: "198001012005011001", email: "admin@portalmutu.go.id", name: "Administrator Portal",
    position: "Pranata Komputer Ahli Muda", unitCode: "ntt.biro-organisasi.tatalaksana",
    grants: [{ role: "ADMIN", unitCode: null }],
  },
  {
    nip: "197805142006042003", email: "manajer.mutu@dinsos.nttprov.go.id", name: "Maria Goreti Bria, S.Sos., M.Si",
    position: "Sekretaris Dinas (Wakil Manajemen Mutu)", unitCode: "ntt.dinsos.sekretariat",
    grants: [{ role: "MANAJER_MUTU", unitCode: "ntt.dinsos" }],
  },
  {
    nip: "198511202010011004", email: "auditor@dinsos.nttprov.go.id", name: "Yohanes Kefi, S.E.",
    position: "Analis Kebijakan, Tim Audit Internal", unitCode: "ntt.dinsos.rehsos",
    grants: [{ role: "AUDITOR", unitCode: "ntt.dinsos" }, { role: "PEGAWAI", unitCode: "ntt.dinsos.rehsos" }],
  },
  {
    nip: "197409282000031002", email: "kabid.dayasos@dinsos.nttprov.go.id", name: "Drs. Agustinus Lelo",
    position: "Kepala Bidang Pemberdayaan Sosial", unitCode: "ntt.dinsos.dayasos",
    grants: [{ role: "AUDITEE", unitCode: "ntt.dinsos.dayasos" }],
  },
  {
    nip: "196907151995032001", email: "kadis@dinsos.nttprov.go.id", name: "Dr. Theresia Adu, M.Si",
    position: "Kepala Dinas Sosial", unitCode: "ntt.dinsos",
    grants: [{ role: "PIMPINAN", unitCode: "ntt.dinsos" }],
  },
  {
    nip: "199003082015032002", email: "arsip@dinsos.nttprov.go.id", name: "Fransiska Nona, A.Md",
    position: "Arsiparis", unitCode: "ntt.dinsos.sekretariat.kepum",
    grants: [{ role: "PENGENDALI_DOKUMEN", unitCode: "ntt.dinsos" }],
  },
  {
    nip: "199512242019031005", email: "pegawai@dinsos.nttprov.go.id", name: "Kristoforus Seran",
    position: "Pengadministrasi Umum", unitCode: "ntt.dinsos.sekretariat.kepum",
    grants: [{ role: "PEGAWAI", unitCode: "ntt.dinsos.sekretariat.kepum" }],
  },
  {
    nip: "198207172008012011", email: "kaupt.lansia@dinsos.nttprov.go.id", name: "Yuliana Tefa, S.Sos",
    position: "Kepala UPTD Kesejahteraan Sosial Lanjut Usia", unitCode: "ntt.dinsos.uptd-lansia",
    grants: [{ role: "AUDITEE", unitCode: "ntt.dinsos.uptd-lansia" }],
  },
  {
    nip: "197612302003121003", email: "biro.organisasi@nttprov.go.id", name: "Yosef Manek, S.H., M.Si",
    position: "Kepala Biro Organisasi Setda", unitCode: "ntt.biro-organisasi",
    // The province reads every agency of Pemprov NTT and changes none of them.
    grants: [{ role: "PIMPINAN", unitCode: "ntt.biro-organisasi" }, { role: "PEMANTAU", unitCode: "ntt" }],
  },
  {
    // A unit administrator: the portal-wide administrator's home unit lies in this scope, which
    // must not let this account take the portal-wide one over (tests/integration/org/account-scope).
    nip: "198806152012121002", email: "admin.biro@nttprov.go.id", name: "Markus Lake, S.Kom.",
    position: "Pranata Komputer Ahli Pertama", unitCode: "ntt.biro-organisasi.tatalaksana",
    grants: [{ role: "ADMIN", unitCode: "ntt.biro-organisasi" }],
  },
  {
    nip: "198104112006042009", email: "mutu@bpsmb.kaltimprov.go.id", name: "Ratna Sari Dewi, S.T.",
    position: "Kepala UPTD BPSMB (Manajer Mutu)", unitCode: "kaltim.disperindagkop.bpsmb",
    grants: [{ role: "PIMPINAN", unitCode: "kaltim.disperindagkop.bpsmb" }, { role: "MANAJER_MUTU", unitCode: "kaltim.disperindagkop.bpsmb" }],
  },
  {
    // A second internal auditor of Dinas Sosial from another bidang, so every bidang has an independent auditor.
    nip: "198703152011011007", email: "auditor.linjamsos@dinsos.nttprov.go.id", name: "Elisabeth Nahak, S.Sos.",
    position: "Penyuluh Sosial, Tim Audit Internal", unitCode: "ntt.dinsos.linjamsos",
    grants: [{ role: "AUDITOR", unitCode: "ntt.dinsos" }],
  },
  {
    // Audit silang: an auditor of Biro Organisasi assigned to another agency's audit of the province.
    nip: "199007212014022004", email: "auditor@biro-organisasi.nttprov.go.id", name: "Agnes Sogen, S.H.",
    position: "Analis Kelembagaan, Auditor Internal", unitCode: "ntt.biro-organisasi.kelembagaan",
    grants: [{ role: "AUDITOR", unitCode: "ntt.biro-organisasi" }],
  },
  {
    // An auditor of another province: never assignable to an audit in NTT.
    nip: "198509102009031006", email: "auditor@bpsmb.kaltimprov.go.id", name: "Budi Santoso, S.T.",
    position: "Penguji Mutu Barang, Auditor Internal", unitCode: "kaltim.disperindagkop.bpsmb.pjksmb",
    grants: [{ role: "AUDITOR", unitCode: "kaltim.disperindagkop.bpsmb" }],
  },
];
