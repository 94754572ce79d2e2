// Record builders for controlled documents and their revisions, shared by the seed script and the
// tests. A document is found by its agency and code first, so loading twice changes nothing.
import { createHash } from "node:crypto";
import { recordActivity, type Actor } from "../../lib/activity/record";
import type { PrismaClient, Tx } from "../../lib/db";
import type { DocumentAccess, DocumentRevisionStatus, DocumentType } from "../../lib/documents/constants";
import { TYPE_DEFAULTS } from "../../lib/documents/constants";
import { retentionEnd } from "../../lib/documents/retention-rules";
import { addMonths } from "../../lib/documents/rules";

/** A small valid one-page PDF showing `text` (Helvetica), for demo revision files. */
export function minimalPdf(text: string): Uint8Array {
  const safe = text.replace(/[\\()]/g, "").replace(/[^\x20-\x7e]/g, "?");
  const stream = `BT /F1 14 Tf 56 780 Td (${safe}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export interface RevisionSpec {
  status: DocumentRevisionStatus;
  changeReason: string;
  changedParts?: string;
  /** A PDF file with this title, else text only. */
  pdfTitle?: string;
  text?: string;
  /** Planned or actual effective date (YYYY-MM-DD). */
  effectiveDate?: string;
  obsoleteDate?: string;
}

export interface DocumentSpec {
  agencyId: string;
  unitId: string;
  type: DocumentType;
  code: string;
  title: string;
  description?: string;
  access?: DocumentAccess;
  revisions: RevisionSpec[];
}

export interface DocumentPeople {
  author: Actor;
  checker: Actor;
  approver: Actor;
}

const day = (v: string) => new Date(`${v}T00:00:00Z`);
const AFTER_SUBMIT: DocumentRevisionStatus[] = ["DIAJUKAN", "DIPERIKSA", "DISAHKAN", "BERLAKU", "KADALUARSA"];
const AFTER_CHECK: DocumentRevisionStatus[] = ["DIPERIKSA", "DISAHKAN", "BERLAKU", "KADALUARSA"];
const AFTER_APPROVE: DocumentRevisionStatus[] = ["DISAHKAN", "BERLAKU", "KADALUARSA"];

async function storePdf(tx: Tx, title: string, uploadedById: string): Promise<string> {
  const bytes = minimalPdf(title);
  const created = await tx.attachment.create({
    data: {
      fileName: `${title.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")}.pdf`, mimeType: "application/pdf", size: bytes.byteLength,
      data: Buffer.from(bytes), sha256: createHash("sha256").update(bytes).digest("hex"), uploadedById,
    },
    select: { id: true },
  });
  return created.id;
}

/** A document with its revisions in the given states (oldest first). */
export async function ensureDocument(db: PrismaClient, spec: DocumentSpec, people: DocumentPeople): Promise<{ id: string; created: boolean }> {
  const existing = await db.controlledDocument.findUnique({ where: { agencyId_code: { agencyId: spec.agencyId, code: spec.code } }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const defaults = TYPE_DEFAULTS[spec.type];
  return db.$transaction(async (tx) => {
    const inForce = spec.revisions.findLast((r) => r.status === "BERLAKU");
    const first = spec.revisions.find((r) => r.status === "BERLAKU" || r.status === "KADALUARSA");
    const firstEffectiveAt = first?.effectiveDate ? day(first.effectiveDate) : null;
    const doc = await tx.controlledDocument.create({
      data: {
        agencyId: spec.agencyId, unitId: spec.unitId, type: spec.type, code: spec.code, title: spec.title, description: spec.description ?? null,
        access: spec.access ?? defaults.access, retentionActiveYears: defaults.active, retentionInactiveYears: defaults.inactive,
        finalDisposition: defaults.disposition, reviewIntervalMonths: defaults.reviewMonths, createdById: people.author.id,
        currentRevisionNo: inForce ? spec.revisions.indexOf(inForce) + 1 : null,
        firstEffectiveAt,
        nextReviewAt: inForce?.effectiveDate ? addMonths(day(inForce.effectiveDate), defaults.reviewMonths) : null,
        retentionEndsAt: retentionEnd({ type: spec.type, firstEffectiveAt, withdrawnAt: null, retentionActiveYears: defaults.active, retentionInactiveYears: defaults.inactive }),
      },
      select: { id: true },
    });
    await recordActivity(tx, { actor: people.author, entity: "document", entityId: doc.id, action: "create", after: { code: spec.code, title: spec.title, type: spec.type } });
    for (const [i, r] of spec.revisions.entries()) {
      const at = r.effectiveDate ? day(r.effectiveDate) : new Date();
      const fileId = r.pdfTitle ? await storePdf(tx, r.pdfTitle, people.author.id) : null;
      await tx.documentRevision.create({
        data: {
          documentId: doc.id, revisionNo: i + 1, status: r.status, fileId, text: r.text ?? null, changeReason: r.changeReason,
          changedParts: r.changedParts ?? null, requestedById: people.author.id, requestedBy: people.author.label,
          effectiveDate: r.effectiveDate ? day(r.effectiveDate) : null, createdById: people.author.id, lastEditedById: people.author.id,
          ...(AFTER_SUBMIT.includes(r.status) ? { submittedAt: at, submittedById: people.author.id } : {}),
          ...(AFTER_CHECK.includes(r.status) ? { checkedAt: at, checkedById: people.checker.id, checkedBy: people.checker.label } : {}),
          ...(AFTER_APPROVE.includes(r.status) ? { approvedAt: at, approvedById: people.approver.id, approvedBy: people.approver.label } : {}),
          ...(r.status === "BERLAKU" || r.status === "KADALUARSA" ? { effectiveAt: at } : {}),
          ...(r.status === "KADALUARSA" ? { obsoleteAt: r.obsoleteDate ? day(r.obsoleteDate) : new Date() } : {}),
        },
      });
      await recordActivity(tx, {
        actor: people.author, entity: "document", entityId: doc.id, action: "revise", reason: r.changeReason,
        after: { revisionNo: i + 1, status: r.status },
      });
    }
    return { id: doc.id, created: true };
  });
}
