// Demo distribution, read acknowledgments and periodic reviews of controlled documents of Dinas
// Sosial. Runs after seeds/documents.ts; the documents it needs are found by code, or created with a
// revision in force when the register's seed has not made them. Idempotent: a document already
// distributed, acknowledged or reviewed is left as it is.
import { loadSessionUser } from "../lib/auth/load-user";
import type { SessionUser } from "../lib/auth/types";
import type { PrismaClient } from "../lib/db";
import { distributeDocument } from "../lib/documents/distribution-mutations";
import { addDays, addMonths } from "../lib/documents/review-rules";
import { localDate } from "../lib/org/time-zones";
import { ensureCirculationDocument, type CirculationDocumentSpec } from "./factories/document-circulation";

const ARSIP = "arsip@dinsos.nttprov.go.id";

async function sessionOf(db: PrismaClient, email: string): Promise<SessionUser | null> {
  const row = await db.user.findUnique({ where: { email }, select: { id: true, sessionVersion: true } });
  return row ? loadSessionUser(db, row.id, row.sessionVersion) : null;
}

type Spec = Omit<CirculationDocumentSpec, "agencyId" | "unitId"> & {
  unitCode: string;
  distribute?: { unitCodes: string[]; userEmails: string[]; acknowledgedBy: string[] };
  review?: { monthsAgo: number; note: string };
};

/** The demo documents, with review dates relative to `today`. */
function specs(today: Date): Spec[] {
  return [
    {
      code: "MM/DINSOS/01", title: "Manual Mutu Dinas Sosial Provinsi NTT", type: "MANUAL_MUTU", unitCode: "ntt.dinsos.sekretariat", revisionNo: 1,
      effectiveOn: addMonths(today, -8), lastReviewedAt: addMonths(today, -8), nextReviewAt: addMonths(today, 4),
      distribute: {
        unitCodes: ["ntt.dinsos.sekretariat"], userEmails: ["kadis@dinsos.nttprov.go.id"],
        acknowledgedBy: ["manajer.mutu@dinsos.nttprov.go.id", "kadis@dinsos.nttprov.go.id", ARSIP],
      },
      review: { monthsAgo: 8, note: "Manual mutu masih sesuai struktur organisasi dan proses layanan; revisi 1 diterbitkan untuk nama jabatan baru." },
    },
    {
      code: "KM/DINSOS/01", title: "Kebijakan Mutu Dinas Sosial Provinsi NTT", type: "KEBIJAKAN_MUTU", unitCode: "ntt.dinsos", revisionNo: 0,
      effectiveOn: addMonths(today, -5), nextReviewAt: addMonths(today, 7),
      distribute: {
        unitCodes: ["ntt.dinsos.dayasos", "ntt.dinsos.rehsos", "ntt.dinsos.uptd-lansia"], userEmails: [],
        acknowledgedBy: ["kabid.dayasos@dinsos.nttprov.go.id", "auditor@dinsos.nttprov.go.id"],
      },
    },
    {
      // Due for review: its date has passed (on the due list, reminded as late).
      code: "FRM/DINSOS/04", title: "Formulir Permohonan Bantuan Sosial", type: "FORMULIR", unitCode: "ntt.dinsos.dayasos", revisionNo: 2,
      effectiveOn: addMonths(today, -26), lastReviewedAt: addMonths(today, -24), nextReviewAt: addDays(today, -10),
      distribute: { unitCodes: ["ntt.dinsos.dayasos"], userEmails: [], acknowledgedBy: ["kabid.dayasos@dinsos.nttprov.go.id"] },
      review: { monthsAgo: 24, note: "Isian formulir masih sesuai persyaratan layanan." },
    },
    {
      // In force, not yet distributed: the pengendali dokumen distributes it in the demo.
      code: "IK/DINSOS/02", title: "Instruksi Kerja Penomoran dan Pengarsipan Surat Dinas", type: "INSTRUKSI_KERJA", unitCode: "ntt.dinsos.sekretariat.kepum", revisionNo: 0,
      effectiveOn: addMonths(today, -2), nextReviewAt: addMonths(today, 22),
    },
  ];
}

export async function seedDocumentCirculation(db: PrismaClient, now: Date = new Date()): Promise<number> {
  const arsip = await sessionOf(db, ARSIP);
  const agency = await db.unit.findUnique({ where: { code: "ntt.dinsos" }, select: { id: true, timeZone: true } });
  if (!arsip || !agency) return 0;
  const today = localDate(now, agency.timeZone);
  let written = 0;
  for (const spec of specs(today)) {
    const { unitCode, distribute, review, ...doc } = spec;
    const unit = await db.unit.findUniqueOrThrow({ where: { code: unitCode }, select: { id: true } });
    const { id, revisionId, created } = await ensureCirculationDocument(db, { ...doc, agencyId: agency.id, unitId: unit.id });
    if (created) written++;
    if (distribute && (await db.documentDistribution.count({ where: { documentId: id } })) === 0) {
      const [units, users] = await Promise.all([
        db.unit.findMany({ where: { code: { in: distribute.unitCodes } }, select: { id: true } }),
        db.user.findMany({ where: { email: { in: distribute.userEmails } }, select: { id: true } }),
      ]);
      const distributedAt = addDays(today, -20);
      await distributeDocument(arsip, { documentId: id, unitIds: units.map((u) => u.id), userIds: users.map((u) => u.id) }, distributedAt);
      const readers = await db.user.findMany({ where: { email: { in: distribute.acknowledgedBy } }, select: { id: true } });
      await db.documentAcknowledgment.updateMany({
        where: { revisionId, userId: { in: readers.map((r) => r.id) }, acknowledgedAt: null },
        data: { acknowledgedAt: addDays(distributedAt, 2) },
      });
      written++;
    }
    if (review && (await db.documentReview.count({ where: { documentId: id } })) === 0) {
      const current = await db.documentRevision.findUniqueOrThrow({ where: { id: revisionId }, select: { revisionNo: true } });
      await db.documentReview.create({
        data: {
          documentId: id, revisionNo: Math.max(0, current.revisionNo - 1), reviewedOn: addMonths(today, -review.monthsAgo),
          reviewerId: arsip.id, reviewer: arsip.name, outcome: "MASIH_SESUAI", note: review.note,
        },
      });
      written++;
    }
  }
  return written;
}
