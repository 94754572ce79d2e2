// Demo controlled documents of the register: Dinas Sosial NTT's Manual Mutu and Kebijakan Mutu in
// force (the policy with an older, obsolete revision), forms and records with revisions in every
// state of the workflow, a RAHASIA record, and one document of a Kaltim UPTD. Idempotent.
import type { Actor } from "../lib/activity/record";
import type { PrismaClient } from "../lib/db";
import { ensureDocument, type DocumentSpec } from "./factories/documents";

async function actor(db: PrismaClient, email: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } });
  return { id: u.id, label: u.name };
}
const unitOf = async (db: PrismaClient, code: string) => (await db.unit.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;

/** YYYY-MM-DD some days from now (a planned date that stays in the future whenever the seed runs). */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function seedDocuments(db: PrismaClient): Promise<number> {
  const dinsos = await unitOf(db, "ntt.dinsos");
  const sekretariat = await unitOf(db, "ntt.dinsos.sekretariat");
  const kepum = await unitOf(db, "ntt.dinsos.sekretariat.kepum");
  const dayasos = await unitOf(db, "ntt.dinsos.dayasos");
  const people = {
    author: await actor(db, "arsip@dinsos.nttprov.go.id"),
    checker: await actor(db, "manajer.mutu@dinsos.nttprov.go.id"),
    approver: await actor(db, "kadis@dinsos.nttprov.go.id"),
  };
  const ntt: DocumentSpec[] = [
    {
      agencyId: dinsos, unitId: dinsos, type: "MANUAL_MUTU", code: "MM/DINSOS/01", title: "Manual Mutu Dinas Sosial Provinsi NTT",
      description: "Ruang lingkup SMM, proses dan interaksinya, serta rujukan ke prosedur (ISO 9001:2015 4.3, 4.4).", access: "TERBATAS",
      revisions: [{ status: "BERLAKU", changeReason: "Penerbitan pertama", pdfTitle: "Manual Mutu Dinas Sosial NTT", effectiveDate: "2025-01-06" }],
    },
    {
      agencyId: dinsos, unitId: dinsos, type: "KEBIJAKAN_MUTU", code: "KM/DINSOS/01", title: "Kebijakan Mutu Dinas Sosial Provinsi NTT", access: "BEBAS",
      revisions: [
        { status: "KADALUARSA", changeReason: "Penerbitan pertama", pdfTitle: "Kebijakan Mutu 2024", effectiveDate: "2024-01-08", obsoleteDate: "2025-07-01" },
        {
          status: "BERLAKU", changeReason: "Penyesuaian dengan Renstra 2025-2029", changedParts: "Komitmen 2 dan 3",
          pdfTitle: "Kebijakan Mutu 2025", effectiveDate: "2025-07-01",
        },
      ],
    },
    {
      agencyId: dinsos, unitId: kepum, type: "FORMULIR", code: "FRM/DINSOS/01", title: "Formulir Permohonan Layanan Rehabilitasi Sosial",
      revisions: [
        { status: "BERLAKU", changeReason: "Penerbitan pertama", pdfTitle: "Formulir Permohonan Layanan", effectiveDate: "2025-02-03" },
        { status: "DRAF", changeReason: "Menambah kolom nomor kontak keluarga", changedParts: "Bagian B", text: "Draf formulir dengan kolom kontak keluarga." },
      ],
    },
    {
      agencyId: dinsos, unitId: sekretariat, type: "FORMULIR", code: "FRM/DINSOS/02", title: "Formulir Pengaduan Masyarakat", access: "BEBAS",
      revisions: [{ status: "DIAJUKAN", changeReason: "Penerbitan pertama", pdfTitle: "Formulir Pengaduan Masyarakat" }],
    },
    {
      agencyId: dinsos, unitId: sekretariat, type: "FORMULIR", code: "FRM/DINSOS/03", title: "Daftar Hadir Rapat",
      revisions: [
        { status: "BERLAKU", changeReason: "Penerbitan pertama", pdfTitle: "Daftar Hadir Rapat", effectiveDate: "2025-03-03" },
        { status: "DIPERIKSA", changeReason: "Kolom tanda tangan elektronik", changedParts: "Tabel peserta", pdfTitle: "Daftar Hadir Rapat rev 2" },
      ],
    },
    {
      agencyId: dinsos, unitId: dayasos, type: "REKAMAN", code: "RKM/DINSOS/01", title: "Register Penerima Bantuan Sosial",
      revisions: [
        { status: "BERLAKU", changeReason: "Penerbitan pertama", pdfTitle: "Register Penerima Bantuan", effectiveDate: "2025-04-01" },
        { status: "DISAHKAN", changeReason: "Format register tahun anggaran baru", pdfTitle: "Register Penerima Bantuan 2027", effectiveDate: daysFromNow(30) },
      ],
    },
    {
      agencyId: dinsos, unitId: dayasos, type: "REKAMAN", code: "RKM/DINSOS/02", title: "Data Pribadi Penerima Manfaat", access: "RAHASIA",
      description: "Memuat NIK dan data kesejahteraan; hanya pengendali dokumen, manajer mutu dan pimpinan.",
      revisions: [{ status: "BERLAKU", changeReason: "Penerbitan pertama", pdfTitle: "Data Pribadi Penerima Manfaat", effectiveDate: "2025-04-01" }],
    },
  ];
  let created = 0;
  for (const spec of ntt) if ((await ensureDocument(db, spec, people)).created) created++;

  const kaltim = await unitOf(db, "kaltim.disperindagkop");
  const bpsmb = await unitOf(db, "kaltim.disperindagkop.bpsmb");
  const mutu = await actor(db, "mutu@bpsmb.kaltimprov.go.id");
  const auditor = await actor(db, "auditor@bpsmb.kaltimprov.go.id");
  const kaltimDoc: DocumentSpec = {
    agencyId: kaltim, unitId: bpsmb, type: "INSTRUKSI_KERJA", code: "IK/BPSMB/01", title: "Instruksi Kerja Pengujian Mutu Barang", access: "TERBATAS",
    revisions: [{ status: "BERLAKU", changeReason: "Penerbitan pertama", pdfTitle: "Instruksi Kerja Pengujian Mutu Barang", effectiveDate: "2025-05-05" }],
  };
  if ((await ensureDocument(db, kaltimDoc, { author: auditor, checker: auditor, approver: mutu })).created) created++;
  return created;
}
