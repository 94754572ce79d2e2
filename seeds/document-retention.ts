// Demo retention, destruction (Berita Acara Pemusnahan) and archive loans of Dinas Sosial: a record
// and a form past retention (musnah), a withdrawn kebijakan mutu past retention (permanen), an
// instruction coming due within the year, one executed BA with its destroyed form, and loans in
// every state with one overdue. Idempotent: documents by code, the BA by number, loans by title.
import type { PrismaClient } from "../lib/db";
import { formatAgendaNumber } from "../lib/documents/loan-rules";
import { formatDestructionNumber } from "../lib/documents/destruction-rules";
import { daysFrom, ensureRetentionDocument, unitByCode, userByEmail, utcDay, yearsFrom } from "./factories/document-retention";

const AGENCY = "ntt.dinsos";
export const SEEDED_PAST_RETENTION_CODE = "RKM/DINSOS/R01";

export async function seedDocumentRetention(db: PrismaClient, now: Date = new Date()): Promise<number> {
  const today = utcDay(now);
  const arsip = await userByEmail(db, "arsip@dinsos.nttprov.go.id");
  const kadis = await userByEmail(db, "kadis@dinsos.nttprov.go.id");
  const pegawai = await userByEmail(db, "pegawai@dinsos.nttprov.go.id");
  const kabid = await userByEmail(db, "kabid.dayasos@dinsos.nttprov.go.id");
  const agency = await db.unit.findUniqueOrThrow({ where: { code: AGENCY }, select: { id: true, name: true, shortName: true } });
  const base = { agencyCode: AGENCY, uploaderId: arsip.id };
  let created = 0;
  const count = (r: { created: boolean }) => (r.created ? created++ : 0);

  const record = await ensureRetentionDocument(db, {
    ...base, unitCode: "ntt.dinsos.sekretariat.kepum", code: SEEDED_PAST_RETENTION_CODE, title: "Rekaman Buku Tamu Layanan Pengaduan 2018",
    type: "REKAMAN", finalDisposition: "MUSNAH", activeYears: 2, inactiveYears: 3,
    firstEffectiveAt: new Date(Date.UTC(2018, 0, 2)), withdrawnAt: new Date(Date.UTC(2019, 0, 2)), revisions: 1,
  });
  count(record);
  count(await ensureRetentionDocument(db, {
    ...base, unitCode: "ntt.dinsos.dayasos", code: "FRM/DINSOS/R05", title: "Formulir Verifikasi Penerima Bantuan (versi 2017)",
    type: "FORMULIR", finalDisposition: "MUSNAH", activeYears: 2, inactiveYears: 3,
    firstEffectiveAt: new Date(Date.UTC(2017, 1, 1)), withdrawnAt: new Date(Date.UTC(2019, 6, 1)),
  }));
  count(await ensureRetentionDocument(db, {
    ...base, unitCode: "ntt.dinsos", code: "KM/DINSOS/R02", title: "Kebijakan Mutu Dinas Sosial 2014", access: "BEBAS",
    type: "KEBIJAKAN_MUTU", finalDisposition: "PERMANEN", activeYears: 5, inactiveYears: 5,
    firstEffectiveAt: new Date(Date.UTC(2014, 2, 3)), withdrawnAt: new Date(Date.UTC(2015, 5, 1)),
  }));
  // Comes due in about four months (3 + 2 years after its withdrawal).
  count(await ensureRetentionDocument(db, {
    ...base, unitCode: "ntt.dinsos.rehsos", code: "IK/DINSOS/R04", title: "Instruksi Kerja Pendataan PMKS Manual",
    type: "INSTRUKSI_KERJA", finalDisposition: "MUSNAH", activeYears: 3, inactiveYears: 2,
    firstEffectiveAt: yearsFrom(daysFrom(today, 120), -7), withdrawnAt: yearsFrom(daysFrom(today, 120), -5),
  }));

  // An executed Berita Acara Pemusnahan with its destroyed form (last year).
  const destroyed = await ensureRetentionDocument(db, {
    ...base, unitCode: "ntt.dinsos.sekretariat.keuangan", code: "FRM/DINSOS/R03", title: "Formulir Permohonan Uang Persediaan (versi 2016)",
    type: "FORMULIR", finalDisposition: "MUSNAH", activeYears: 2, inactiveYears: 3,
    firstEffectiveAt: new Date(Date.UTC(2016, 0, 4)), withdrawnAt: new Date(Date.UTC(2017, 2, 1)),
  });
  count(destroyed);
  const year = today.getUTCFullYear() - 1;
  const number = formatDestructionNumber(agency.shortName ?? agency.name, year, 1);
  const existingBa = await db.documentDestruction.findUnique({ where: { agencyId_number: { agencyId: agency.id, number } }, select: { id: true } });
  if (!existingBa) {
    const destroyedOn = new Date(Date.UTC(year, 8, 15));
    await db.$transaction(async (tx) => {
      const ba = await tx.documentDestruction.create({
        data: {
          agencyId: agency.id, number, status: "DILAKSANAKAN", method: "DICACAH", place: "Ruang Arsip Sekretariat Dinas Sosial, Kupang", destroyedOn,
          witnesses: [
            { name: "Yohanes Bria, S.Sos", nip: "197805122005011003", position: "Sekretaris Dinas Sosial" },
            { name: "Maria Goreti Kolo, S.E.", nip: "198203172008012011", position: "Kepala Sub Bagian Keuangan" },
          ],
          note: "Formulir lama yang masa retensinya telah berakhir.", createdById: arsip.id, submittedById: arsip.id, submittedAt: new Date(Date.UTC(year, 8, 1)),
          approvedById: kadis.id, approvedBy: kadis.name, approvedAt: new Date(Date.UTC(year, 8, 8)), executedById: arsip.id, executedAt: destroyedOn, lastEditedById: arsip.id,
        },
        select: { id: true },
      });
      const revisions = await tx.documentRevision.findMany({ where: { documentId: destroyed.id }, select: { fileId: true } });
      await tx.documentRevision.updateMany({ where: { documentId: destroyed.id }, data: { fileId: null, text: null, purgedAt: destroyedOn } });
      await tx.attachment.deleteMany({ where: { id: { in: revisions.flatMap((r) => (r.fileId ? [r.fileId] : [])) } } });
      await tx.controlledDocument.update({ where: { id: destroyed.id }, data: { status: "DIMUSNAHKAN", destructionId: ba.id } });
    });
    created++;
  }

  // Loans: one waiting, one overdue (acknowledged), one lent and on time, one returned, one refused.
  const kepum = await unitByCode(db, "ntt.dinsos.sekretariat.kepum");
  const dayasos = await unitByCode(db, "ntt.dinsos.dayasos");
  // The archive lent on time is a document still in use (not one due for destruction or hand-over:
  // an archive out on loan can be neither).
  const instruction = await db.controlledDocument.findUniqueOrThrow({ where: { agencyId_code: { agencyId: agency.id, code: "IK/DINSOS/R04" } }, select: { id: true } });
  const loans = [
    { title: "Berkas SPJ Bantuan Sosial Triwulan I 2024", borrower: kabid, unitId: dayasos.id, status: "DIAJUKAN" as const, requested: -1, purpose: "Bahan pemeriksaan BPK atas belanja bantuan sosial." },
    { title: "Arsip SK Pengangkatan Pegawai 2019", borrower: pegawai, unitId: kepum.id, status: "DIPINJAM" as const, requested: -31, out: -30, due: -16, ack: true, card: "KK-001", purpose: "Verifikasi berkas usulan kenaikan pangkat." },
    { title: "Instruksi Kerja Pendataan PMKS Manual (arsip fisik)", documentId: instruction.id, borrower: kabid, unitId: dayasos.id, status: "DIPINJAM" as const, requested: -4, out: -3, due: 11, ack: true, card: "KK-002", purpose: "Bahan penyusunan instruksi kerja pendataan elektronik." },
    { title: "Daftar Hadir Apel Pagi 2023", borrower: pegawai, unitId: kepum.id, status: "DIKEMBALIKAN" as const, requested: -60, out: -59, due: -45, ack: true, returned: -47, card: "KK-003", purpose: "Rekap kehadiran tahunan." },
    { title: "Berkas Kepegawaian Pejabat Eselon III", borrower: kabid, unitId: dayasos.id, status: "DITOLAK" as const, requested: -20, refuse: "Berkas kepegawaian bersifat rahasia; ajukan melalui Sekretaris.", purpose: "Pengecekan riwayat jabatan." },
  ];
  const shortName = agency.shortName ?? agency.name;
  for (const [i, l] of loans.entries()) {
    const existing = await db.archiveLoan.findFirst({ where: { agencyId: agency.id, archiveTitle: l.title, borrowerId: l.borrower.id }, select: { id: true } });
    if (existing) continue;
    const requestedAt = daysFrom(today, l.requested);
    let agendaNo = formatAgendaNumber(shortName, requestedAt.getUTCFullYear(), i + 1);
    if (await db.archiveLoan.findUnique({ where: { agencyId_agendaNo: { agencyId: agency.id, agendaNo } }, select: { id: true } })) {
      agendaNo = `${agendaNo}-D${i + 1}`;
    }
    await db.archiveLoan.create({
      data: {
        agencyId: agency.id, documentId: "documentId" in l ? l.documentId : null, archiveTitle: l.title, agendaNo, borrowerId: l.borrower.id,
        borrowerUnitId: l.unitId, purpose: l.purpose, status: l.status, requestedAt,
        controlCardNo: "card" in l ? l.card : null,
        outAt: "out" in l && l.out !== undefined ? daysFrom(today, l.out) : null,
        dueDate: "due" in l && l.due !== undefined ? daysFrom(today, l.due) : null,
        issuedById: "out" in l ? arsip.id : null,
        borrowerAckAt: "ack" in l && l.ack && "out" in l && l.out !== undefined ? daysFrom(today, l.out) : null,
        returnedAt: "returned" in l && l.returned !== undefined ? daysFrom(today, l.returned) : null,
        receivedById: "returned" in l ? arsip.id : null,
        returnCondition: "returned" in l ? "Lengkap dan dalam kondisi baik." : null,
        refuseNote: "refuse" in l ? l.refuse : null,
      },
    });
    created++;
  }
  return created;
}
