import "server-only";
// Registering and editing a controlled document (its identity; revisions: revision-mutations.ts).
// The code is unique per agency; a blank code is generated from the agency's pattern with the next
// number per agency and type, taken under an advisory lock.
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { conflict, DomainError, notFound, ruleBroken, staleRecord } from "../errors";
import { agencyOf, type AgencyUnit } from "../org/agency";
import { formatDocumentCode, nextSequence, patternOf, unitCodeName } from "./code-pattern";
import { DEFAULT_CODE_PATTERN, DOCUMENT_TYPE_CODES } from "./constants";
import { retentionEnd } from "./retention-rules";
import type { DocumentFormValues } from "./schema";

const DUPLICATE_CODE = (code: string) => `Kode ${code} sudah dipakai dokumen lain di Perangkat Daerah ini.`;

async function ownerUnit(tx: Tx, unitId: string) {
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true, path: true, code: true, shortName: true, name: true, active: true } });
  if (!unit || !unit.active) throw new DomainError("INVALID", "Unit pemilik tidak dikenal.", { unitId: ["Pilih unit pemilik dokumen."] });
  return unit;
}

/** The next free code of the agency's pattern for the type; the caller holds the lock. */
async function generateCode(tx: Tx, agency: AgencyUnit & { code: string }, unit: { shortName: string | null; code: string }, type: DocumentFormValues["type"], now: Date) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`document-code:${agency.id}:${type}`}))`;
  const setting = await tx.documentSetting.findUnique({ where: { agencyId: agency.id }, select: { codePatterns: true } });
  const pattern = patternOf(setting?.codePatterns, type, DEFAULT_CODE_PATTERN);
  const parts = { type: DOCUMENT_TYPE_CODES[type], agency: unitCodeName(agency), unit: unitCodeName(unit), year: now.getUTCFullYear() };
  const existing = await tx.controlledDocument.findMany({ where: { agencyId: agency.id, type }, select: { code: true } });
  let number = nextSequence(pattern, parts, existing.map((d) => d.code));
  for (;;) {
    const code = formatDocumentCode(pattern, { ...parts, number });
    const taken = await tx.controlledDocument.count({ where: { agencyId: agency.id, code } });
    if (taken === 0) return code;
    number += 1;
  }
}

async function agencyWithCode(tx: Tx, unitPath: string) {
  const agency = await agencyOf(tx, unitPath);
  const row = await tx.unit.findUniqueOrThrow({ where: { id: agency.id }, select: { code: true } });
  return { ...agency, code: row.code };
}

function identity(values: DocumentFormValues) {
  return {
    title: values.title, description: values.description, access: values.access,
    retentionActiveYears: values.retentionActiveYears, retentionInactiveYears: values.retentionInactiveYears,
    finalDisposition: values.finalDisposition, reviewIntervalMonths: values.reviewIntervalMonths,
  };
}

export async function createDocument(user: SessionUser, values: DocumentFormValues, now = new Date()): Promise<{ id: string; code: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const unit = await ownerUnit(tx, values.unitId);
    authorize(user, "document.manage", { unitPath: unit.path });
    const agency = await agencyWithCode(tx, unit.path);
    let code = values.code;
    if (code === null) {
      code = await generateCode(tx, agency, unit, values.type, now);
    } else if ((await tx.controlledDocument.count({ where: { agencyId: agency.id, code } })) > 0) {
      throw conflict(DUPLICATE_CODE(code), "code");
    }
    const created = await tx.controlledDocument.create({
      data: { ...identity(values), agencyId: agency.id, unitId: unit.id, type: values.type, code, createdById: user.id },
      select: { id: true, code: true },
    });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "document", entityId: created.id, action: "create",
      after: { code, type: values.type, unitId: unit.id, ...identity(values) },
    });
    return created;
  });
}

export async function updateDocument(user: SessionUser, input: { id: string; version: number; values: DocumentFormValues }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const doc = await tx.controlledDocument.findUnique({
      where: { id: input.id },
      select: {
        id: true, version: true, agencyId: true, unitId: true, type: true, code: true, status: true, title: true, description: true, access: true,
        retentionActiveYears: true, retentionInactiveYears: true, finalDisposition: true, reviewIntervalMonths: true, unit: { select: { path: true } },
        firstEffectiveAt: true, withdrawnAt: true, destruction: { select: { number: true } },
      },
    });
    if (!doc) throw notFound("Dokumen");
    authorize(user, "document.manage", { unitPath: doc.unit.path });
    if (doc.version !== input.version) throw staleRecord();
    if (doc.status !== "AKTIF") throw ruleBroken("Dokumen yang sudah ditarik, dimusnahkan atau diserahkan tidak dapat diubah.");
    if (doc.destruction) throw ruleBroken(`Dokumen ini ada dalam usulan pemusnahan ${doc.destruction.number}; ubah setelah usulan itu selesai atau dibatalkan.`);
    const { values } = input;
    if (values.type !== doc.type) throw conflict("Jenis dokumen tidak dapat diubah; daftarkan dokumen baru untuk jenis lain.", "type");
    const unit = await ownerUnit(tx, values.unitId);
    authorize(user, "document.manage", { unitPath: unit.path });
    if ((await agencyOf(tx, unit.path)).id !== doc.agencyId) throw conflict("Unit pemilik harus tetap di Perangkat Daerah yang sama.", "unitId");
    const code = values.code ?? doc.code;
    if (code !== doc.code && (await tx.controlledDocument.count({ where: { agencyId: doc.agencyId, code } })) > 0) {
      throw conflict(DUPLICATE_CODE(code), "code");
    }
    // The retention schedule may change: its end follows (a record's retention may be running already).
    const retentionEndsAt = retentionEnd({
      type: doc.type, firstEffectiveAt: doc.firstEffectiveAt, withdrawnAt: doc.withdrawnAt,
      retentionActiveYears: values.retentionActiveYears, retentionInactiveYears: values.retentionInactiveYears,
    });
    const data = { ...identity(values), unitId: unit.id, code, retentionEndsAt };
    const { count } = await tx.controlledDocument.updateMany({ where: { id: doc.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw staleRecord();
    const before = Object.fromEntries(Object.keys(data).map((k) => [k, (doc as Record<string, unknown>)[k]]));
    await recordActivity(tx, { actor: actorOf(user), entity: "document", entityId: doc.id, action: "update", before, after: data });
  });
}
