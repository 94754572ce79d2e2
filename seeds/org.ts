// The organisation tree of the agencies in the seed documents (../shared/seeds):
// Dinas Sosial NTT and its UPTDs (001), Biro Organisasi Setda NTT (002),
// UPTD BPSMB of Disperindagkop UKM Kalimantan Timur (003), BKD NTT (004).
import type { UnitType } from "../lib/org/constants";

export interface UnitSeed {
  code: string;
  name: string;
  shortName?: string;
  type: UnitType;
  children?: UnitSeed[];
}

const tataUsaha = (prefix: string): UnitSeed => ({
  code: `${prefix}.tu`,
  name: "Sub Bagian Tata Usaha",
  shortName: "Subbag TU",
  type: "SUB_BAGIAN",
});

export const ORGANISATION: UnitSeed[] = [
  {
    code: "ntt",
    name: "Pemerintah Provinsi Nusa Tenggara Timur",
    shortName: "Pemprov NTT",
    type: "PROVINSI",
    children: [
      {
        code: "ntt.dinsos",
        name: "Dinas Sosial Provinsi Nusa Tenggara Timur",
        shortName: "Dinas Sosial",
        type: "PERANGKAT_DAERAH",
        children: [
          {
            code: "ntt.dinsos.sekretariat",
            name: "Sekretariat Dinas Sosial",
            shortName: "Sekretariat",
            type: "SEKRETARIAT",
            children: [
              { code: "ntt.dinsos.sekretariat.kepum", name: "Sub Bagian Kepegawaian dan Umum", shortName: "Subbag Kepum", type: "SUB_BAGIAN" },
              { code: "ntt.dinsos.sekretariat.keuangan", name: "Sub Bagian Keuangan", shortName: "Subbag Keuangan", type: "SUB_BAGIAN" },
              { code: "ntt.dinsos.sekretariat.program", name: "Sub Koordinator Substansi Program, Data dan Evaluasi", shortName: "Subkoor Program", type: "SUB_KOORDINATOR" },
            ],
          },
          { code: "ntt.dinsos.dayasos", name: "Bidang Pemberdayaan Sosial", shortName: "Bidang Dayasos", type: "BIDANG" },
          { code: "ntt.dinsos.rehsos", name: "Bidang Rehabilitasi Sosial", shortName: "Bidang Rehsos", type: "BIDANG" },
          { code: "ntt.dinsos.linjamsos", name: "Bidang Perlindungan dan Jaminan Sosial", shortName: "Bidang Linjamsos", type: "BIDANG" },
          { code: "ntt.dinsos.pfm", name: "Bidang Penanganan Fakir Miskin", shortName: "Bidang PFM", type: "BIDANG" },
          {
            code: "ntt.dinsos.uptd-lansia",
            name: "UPTD Kesejahteraan Sosial Lanjut Usia di Kupang",
            shortName: "UPTD Kesos Lansia",
            type: "UPTD",
            children: [
              tataUsaha("ntt.dinsos.uptd-lansia"),
              { code: "ntt.dinsos.uptd-lansia.budi-agung", name: "Seksi Kesejahteraan Sosial Budi Agung", shortName: "Seksi Budi Agung", type: "SEKSI" },
            ],
          },
          {
            code: "ntt.dinsos.uptd-tuna-netra",
            name: "UPTD Kesejahteraan Sosial Tuna Netra dan Karya Wanita di Kupang",
            shortName: "UPTD Kesos Tuna Netra dan Karya Wanita",
            type: "UPTD",
            children: [tataUsaha("ntt.dinsos.uptd-tuna-netra")],
          },
          {
            code: "ntt.dinsos.uptd-anak",
            name: "UPTD Kesejahteraan Sosial Anak di Kupang",
            shortName: "UPTD Kesos Anak",
            type: "UPTD",
            children: [tataUsaha("ntt.dinsos.uptd-anak")],
          },
        ],
      },
      {
        code: "ntt.biro-organisasi",
        name: "Biro Organisasi Sekretariat Daerah Provinsi Nusa Tenggara Timur",
        shortName: "Biro Organisasi",
        type: "PERANGKAT_DAERAH",
        children: [
          { code: "ntt.biro-organisasi.kelembagaan", name: "Bagian Kelembagaan dan Analisis Jabatan", shortName: "Bagian Kelembagaan", type: "BAGIAN" },
          { code: "ntt.biro-organisasi.tatalaksana", name: "Bagian Tata Laksana", shortName: "Bagian Tata Laksana", type: "BAGIAN" },
          {
            code: "ntt.biro-organisasi.rbak",
            name: "Bagian Reformasi Birokrasi dan Akuntabilitas Kinerja",
            shortName: "Bagian RB dan AK",
            type: "BAGIAN",
            children: [{ code: "ntt.biro-organisasi.rbak.tu", name: "Sub Bagian Tata Usaha Biro", shortName: "Subbag TU Biro", type: "SUB_BAGIAN" }],
          },
        ],
      },
      {
        code: "ntt.bkd",
        name: "Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur",
        shortName: "BKD",
        type: "PERANGKAT_DAERAH",
        children: [
          { code: "ntt.bkd.sekretariat", name: "Sekretariat Badan Kepegawaian Daerah", shortName: "Sekretariat BKD", type: "SEKRETARIAT" },
          { code: "ntt.bkd.pengembangan", name: "Bidang Pengembangan Aparatur", shortName: "Bidang Bangrat", type: "BIDANG" },
        ],
      },
    ],
  },
  {
    code: "kaltim",
    name: "Pemerintah Provinsi Kalimantan Timur",
    shortName: "Pemprov Kaltim",
    type: "PROVINSI",
    children: [
      {
        code: "kaltim.disperindagkop",
        name: "Dinas Perindustrian, Perdagangan, Koperasi dan UKM Provinsi Kalimantan Timur",
        shortName: "Disperindagkop UKM",
        type: "PERANGKAT_DAERAH",
        children: [
          {
            code: "kaltim.disperindagkop.bpsmb",
            name: "UPTD Balai Pengujian dan Sertifikasi Mutu Barang",
            shortName: "UPTD BPSMB",
            type: "UPTD",
            children: [
              tataUsaha("kaltim.disperindagkop.bpsmb"),
              {
                code: "kaltim.disperindagkop.bpsmb.pjksmb",
                name: "Seksi Pengembangan Jasa Pengujian, Kalibrasi dan Sertifikasi Mutu Barang",
                shortName: "Seksi PJKSMB",
                type: "SEKSI",
              },
            ],
          },
        ],
      },
    ],
  },
];
