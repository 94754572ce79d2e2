// Record builders for retention, destruction and loans, shared by seeds/document-retention.ts and
// the tests. Documents are plain inserts (found by agency and code), so this works before and
// without the register's own builders; each revision carries a small PDF file and text.
import { createHash } from "node:crypto";
import type { PrismaClient, Tx } from "../../lib/db";
import type { DocumentAccess, DocumentType, FinalDisposition } from "../../lib/documents/constants";
import { retentionEnd } from "../../lib/documents/retention-rules";

type Db = PrismaClient | Tx;

export interface RetentionDocumentSpec {
  agencyCode: string;
  unitCode: string;
  code: string;
  title: string;
  type: DocumentType;
  access?: DocumentAccess;
  finalDisposition: FinalDisposition;
  activeYears: number;
  inactiveYears: number;
  firstEffectiveAt: Date | null;
  /** Withdrawn from use (DITARIK) on this day; null: still in use (AKTIF). */
  withdrawnAt: Date | null;
  /** How many revisions (the last one BERLAKU while in use). */
  revisions?: number;
  uploaderId: string;
}

export const utcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
export const daysFrom = (d: Date, days: number) => new Date(utcDay(d).getTime() + days * 86_400_000);
export const yearsFrom = (d: Date, years: number) => new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()));

export async function unitByCode(db: Db, code: string): Promise<{ id: string; path: string }> {
  return db.unit.findUniqueOrThrow({ where: { code }, select: { id: true, path: true } });
}

export async function userByEmail(db: Db, email: string): Promise<{ id: string; name: string; unitId: string }> {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, unitId: true } });
}

function pdfBytes(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, "latin1");
}

export async function ensureRetentionDocument(db: Db, spec: RetentionDocumentSpec): Promise<{ id: string; created: boolean }> {
  const agency = await unitByCode(db, spec.agencyCode);
  const existing = await db.controlledDocument.findUnique({ where: { agencyId_code: { agencyId: agency.id, code: spec.code } }, select: { id: true } });
  if (existing) return { ...existing, created: false };
  const unit = await unitByCode(db, spec.unitCode);
  const retentionEndsAt = retentionEnd({
    type: spec.type, firstEffectiveAt: spec.firstEffectiveAt, withdrawnAt: spec.withdrawnAt,
    retentionActiveYears: spec.activeYears, retentionInactiveYears: spec.inactiveYears,
  });
  const count = spec.revisions ?? 2;
  const doc = await db.controlledDocument.create({
    data: {
      agencyId: agency.id, unitId: unit.id, type: spec.type, code: spec.code, title: spec.title, access: spec.access ?? "TERBATAS",
      retentionActiveYears: spec.activeYears, retentionInactiveYears: spec.inactiveYears, finalDisposition: spec.finalDisposition,
      reviewIntervalMonths: 24, status: spec.withdrawnAt ? "DITARIK" : "AKTIF",
      currentRevisionNo: spec.withdrawnAt || !spec.firstEffectiveAt ? null : count - 1,
      firstEffectiveAt: spec.firstEffectiveAt, withdrawnAt: spec.withdrawnAt, retentionEndsAt, createdById: spec.uploaderId,
    },
    select: { id: true },
  });
  for (let no = 0; no < count; no++) {
    const text = `${spec.code} ${spec.title}, revisi ${no}.`;
    const bytes = pdfBytes(text);
    const file = await db.attachment.create({
      data: {
        fileName: `${spec.code.replace(/[^A-Za-z0-9]+/g, "-")}-rev${no}.pdf`, mimeType: "application/pdf", size: bytes.byteLength, data: new Uint8Array(bytes),
        sha256: createHash("sha256").update(bytes).digest("hex"), uploadedById: spec.uploaderId,
      },
      select: { id: true },
    });
    const last = no === count - 1;
    const inForce = last && !spec.withdrawnAt && spec.firstEffectiveAt !== null;
    await db.documentRevision.create({
      data: {
        documentId: doc.id, revisionNo: no, status: inForce ? "BERLAKU" : "KADALUARSA", fileId: file.id, text,
        changeReason: no === 0 ? "Penerbitan awal." : "Pemutakhiran isi.", requestedById: spec.uploaderId,
        effectiveAt: spec.firstEffectiveAt, effectiveDate: spec.firstEffectiveAt, createdById: spec.uploaderId,
        obsoleteAt: inForce ? null : spec.withdrawnAt ?? spec.firstEffectiveAt,
      },
    });
  }
  return { id: doc.id, created: true };
}
