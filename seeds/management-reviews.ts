// Demo tinjauan manajemen of Dinas Sosial NTT: last year's completed RTM (published, signed, with
// its frozen pack, minutes, 9.3.3 decisions and RTL items: some done, some overdue, one still
// running) and this year's meeting, scheduled with its agenda and the narrative prepared so far.
// Found again by number, so loading twice changes nothing.
import { todayDate } from "../lib/corrective-actions/rules";
import type { Prisma, PrismaClient } from "../lib/db";
import { compileInputPack } from "../lib/management-reviews/input-compile";
import { INPUT_SECTION_KEYS } from "../lib/management-reviews/input-types";
import { DEFAULT_AGENDA } from "../lib/management-reviews/constants";
import { formatReviewNumber } from "../lib/management-reviews/rules";

const DAY = 86_400_000;
const AGENCY = "ntt.dinsos";

const NARRATIVES: Record<string, string> = {
  b: "Terbitnya regulasi baru tentang standar pelayanan minimal bidang sosial dan penataan ulang UPTD menjadi isu eksternal utama; secara internal terjadi mutasi dua pejabat struktural.",
  c7: "Penyedia jasa katering panti dan pemeliharaan kendaraan dinilai memenuhi kontrak; satu keterlambatan pengiriman bahan makanan pada triwulan III.",
  d: "Jumlah auditor internal terlatih 2 orang, belum memadai untuk dua putaran audit; anggaran pelatihan diusulkan pada perubahan anggaran.",
  e: "Register risiko belum tersedia di portal; tindakan atas risiko keterlambatan layanan bantuan sosial dipantau melalui rapat bulanan.",
};

async function userId(db: PrismaClient, email: string): Promise<{ id: string; unitId: string }> {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, unitId: true } });
}

export async function seedManagementReviews(db: PrismaClient): Promise<number> {
  const agency = await db.unit.findUniqueOrThrow({ where: { code: AGENCY }, select: { id: true, path: true, name: true, shortName: true } });
  const today = todayDate();
  const year = today.getUTCFullYear();
  const [kadis, manajer, notulis, pemaraf, lansia, auditor] = await Promise.all([
    userId(db, "kadis@dinsos.nttprov.go.id"),
    userId(db, "manajer.mutu@dinsos.nttprov.go.id"),
    userId(db, "pegawai@dinsos.nttprov.go.id"),
    userId(db, "kabid.dayasos@dinsos.nttprov.go.id"),
    userId(db, "kaupt.lansia@dinsos.nttprov.go.id"),
    userId(db, "auditor@dinsos.nttprov.go.id"),
  ]);
  const units = await db.unit.findMany({ where: { code: { in: ["ntt.dinsos.sekretariat", "ntt.dinsos.dayasos", "ntt.dinsos.rehsos", "ntt.dinsos.uptd-lansia"] } }, select: { id: true } });
  const participants = [manajer.id, pemaraf.id, lansia.id, auditor.id];
  const people = { chairId: kadis.id, notulisId: notulis.id, initialerId: pemaraf.id };
  const short = agency.shortName ?? agency.name;
  let created = 0;

  // Last year's RTM, published: its RTL items are section (a) of this year's pack.
  const lastNumber = formatReviewNumber(short, year - 1, 1);
  if (!(await db.managementReview.findUnique({ where: { agencyId_number: { agencyId: agency.id, number: lastNumber } }, select: { id: true } }))) {
    const meetingAt = new Date(Date.UTC(year - 1, 11, 10, 1, 0));
    const periodFrom = new Date(Date.UTC(year - 1, 0, 1));
    const periodTo = new Date(Date.UTC(year - 1, 10, 30));
    const review = await db.managementReview.create({
      data: {
        agencyId: agency.id, number: lastNumber, title: `Rapat Tinjauan Manajemen Tahun ${year - 1}`, periodFrom, periodTo, meetingAt,
        place: "Aula Dinas Sosial Provinsi NTT", ...people, status: "DITERBITKAN", frozenAt: meetingAt, startedAt: meetingAt, draftNo: 2,
        submittedAt: new Date(meetingAt.getTime() + 3 * DAY), initialedAt: new Date(meetingAt.getTime() + 4 * DAY),
        signedAt: new Date(meetingAt.getTime() + 5 * DAY), publishedAt: new Date(meetingAt.getTime() + 6 * DAY), createdById: manajer.id, lastEditedById: manajer.id,
      },
      select: { id: true },
    });
    const pack = await compileInputPack(db, { agencyId: agency.id, agencyPath: agency.path, period: { from: periodFrom, to: periodTo }, reviewId: review.id });
    await db.managementReviewSection.createMany({
      data: INPUT_SECTION_KEYS.map((key) => ({ reviewId: review.id, key, narrative: NARRATIVES[key] ?? null, data: JSON.parse(JSON.stringify(pack[key])) as Prisma.InputJsonValue })),
    });
    await db.managementReviewUnit.createMany({ data: units.map((u) => ({ reviewId: review.id, unitId: u.id })) });
    await db.managementReviewParticipant.createMany({ data: participants.map((p) => ({ reviewId: review.id, userId: p, present: p !== auditor.id })) });
    const minutes = [
      "Rapat dibuka oleh Kepala Dinas; seluruh bidang dan UPTD Lansia hadir.",
      "Belum ada RTL dari tinjauan sebelumnya (tinjauan pertama).",
      "Sasaran mutu tercapai 7 dari 9; dua temuan KTS minor dari audit internal putaran II masih dalam tindakan perbaikan.",
      "Auditor internal terlatih belum memadai; risiko keterlambatan layanan bantuan sosial dibahas.",
      "Disepakati tiga keputusan dan lima RTL sebagaimana tercantum.",
    ];
    for (const [position, title] of DEFAULT_AGENDA.entries()) {
      await db.managementReviewAgendaItem.create({ data: { reviewId: review.id, position, title, minutes: minutes[position] ?? null } });
    }
    const agenda = await db.managementReviewAgendaItem.findMany({ where: { reviewId: review.id }, orderBy: { position: "asc" }, select: { id: true } });
    await db.managementReviewDecision.createMany({
      data: [
        { reviewId: review.id, position: 0, type: "PENINGKATAN", text: "Digitalisasi register permohonan bantuan sosial.", agendaItemId: agenda[2]!.id },
        { reviewId: review.id, position: 1, type: "PERUBAHAN_SMM", text: "Revisi SOP pengendalian dokumen untuk dokumen elektronik.", agendaItemId: agenda[4]!.id },
        { reviewId: review.id, position: 2, type: "KEBUTUHAN_SUMBER_DAYA", text: "Pelatihan auditor internal bagi 4 pegawai.", agendaItemId: agenda[3]!.id },
      ],
    });
    const at = (days: number) => new Date(today.getTime() + days * DAY);
    await db.managementReviewAction.createMany({
      data: [
        { position: 0, description: "Menyusun register permohonan bantuan sosial elektronik.", picId: pemaraf.id, unitId: pemaraf.unitId, dueDate: at(-200), decisionType: "PENINGKATAN" as const, status: "SELESAI" as const, doneAt: at(-210), doneById: pemaraf.id, doneNote: "Register elektronik dipakai sejak Maret." },
        { position: 1, description: "Merevisi SOP pengendalian dokumen untuk dokumen elektronik.", picId: manajer.id, unitId: manajer.unitId, dueDate: at(-150), decisionType: "PERUBAHAN_SMM" as const, status: "SELESAI" as const, doneAt: at(-160), doneById: manajer.id, doneNote: "SOP revisi 1 disahkan." },
        { position: 2, description: "Mengusulkan pelatihan auditor internal bagi 4 pegawai.", picId: manajer.id, unitId: manajer.unitId, dueDate: at(-60), decisionType: "KEBUTUHAN_SUMBER_DAYA" as const, reference: "Usulan DPA perubahan" },
        { position: 3, description: "Melengkapi formulir asesmen penerima manfaat lanjut usia.", picId: lansia.id, unitId: lansia.unitId, dueDate: at(-20), decisionType: "PENINGKATAN" as const },
        { position: 4, description: "Menyusun jadwal pemeliharaan sarana panti.", picId: lansia.id, unitId: lansia.unitId, dueDate: at(45), decisionType: "KEBUTUHAN_SUMBER_DAYA" as const },
      ].map((a) => ({ ...a, reviewId: review.id })),
    });
    await db.managementReviewDraft.createMany({
      data: [
        { reviewId: review.id, number: 1, content: { agenda: [], decisions: [], actions: [] }, submittedById: manajer.id, submittedAt: new Date(meetingAt.getTime() + 2 * DAY), returnedAt: new Date(meetingAt.getTime() + 2.5 * DAY), returnedById: pemaraf.id, returnedStep: "paraf", returnNote: "Lengkapi PIC dan tenggat RTL." },
        { reviewId: review.id, number: 2, content: { agenda: [], decisions: [], actions: [] }, submittedById: manajer.id, submittedAt: new Date(meetingAt.getTime() + 3 * DAY) },
      ],
    });
    await db.managementReviewAcknowledgment.createMany({
      data: [kadis, pemaraf, manajer].map((u, i) => ({ reviewId: review.id, userId: u.id, userName: ["Dr. Theresia Adu, M.Si", "Drs. Agustinus Lelo", "Maria Goreti Bria, S.Sos., M.Si"][i]!, acknowledgedAt: new Date(meetingAt.getTime() + 7 * DAY) })),
    });
    created++;
  }

  // This year's RTM, scheduled two weeks ahead, the narrative partly prepared.
  const thisNumber = formatReviewNumber(short, year, 1);
  if (!(await db.managementReview.findUnique({ where: { agencyId_number: { agencyId: agency.id, number: thisNumber } }, select: { id: true } }))) {
    const meetingAt = new Date(today.getTime() + 14 * DAY + 1 * 3600_000);
    const review = await db.managementReview.create({
      data: {
        agencyId: agency.id, number: thisNumber, title: `Rapat Tinjauan Manajemen Tahun ${year}`,
        periodFrom: new Date(Date.UTC(year, 0, 1)), periodTo: new Date(Date.UTC(year, 10, 30)), meetingAt,
        place: "Ruang Rapat Kepala Dinas Sosial", ...people, createdById: manajer.id, lastEditedById: manajer.id,
      },
      select: { id: true },
    });
    await db.managementReviewSection.createMany({ data: INPUT_SECTION_KEYS.map((key) => ({ reviewId: review.id, key, narrative: key === "b" ? NARRATIVES.b : null })) });
    await db.managementReviewUnit.createMany({ data: units.map((u) => ({ reviewId: review.id, unitId: u.id })) });
    await db.managementReviewParticipant.createMany({ data: participants.map((p) => ({ reviewId: review.id, userId: p })) });
    await db.managementReviewAgendaItem.createMany({ data: DEFAULT_AGENDA.map((title, position) => ({ reviewId: review.id, position, title })) });
    created++;
  }
  return created;
}
