// Shared set-up of the circulation tests: the demo accounts and documents made with plain inserts.
import type { PrismaClient } from "../../../lib/db";
import type { DocumentAccess, DocumentType } from "../../../lib/documents/constants";
import { ensureCirculationDocument } from "../../../seeds/factories/document-circulation";
import { demoUsers } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";

export const ACCOUNTS = demoUsers("manajer", "kadis", "arsip", "pegawai", "kabid", "auditor", "biro", "bpsmb");

let serial = 0;

/** A fresh Dinas Sosial document with a revision in force (unique code per call). */
export async function dinsosDocument(
  db: PrismaClient,
  spec: { unitCode?: string; type?: DocumentType; access?: DocumentAccess; nextReviewAt?: Date | null; reviewIntervalMonths?: number; effectiveOn?: Date } = {},
) {
  serial += 1;
  const agencyId = await unitId(db, "ntt.dinsos");
  return ensureCirculationDocument(db, {
    agencyId, unitId: await unitId(db, spec.unitCode ?? "ntt.dinsos.sekretariat"), code: `TEST/CIRC/${process.pid}/${serial}`,
    title: `Dokumen uji sirkulasi ${serial}`, type: spec.type, access: spec.access, nextReviewAt: spec.nextReviewAt,
    reviewIntervalMonths: spec.reviewIntervalMonths, effectiveOn: spec.effectiveOn,
  });
}

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
