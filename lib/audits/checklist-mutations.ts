// Writes of the daftar periksa: generating it from the audit's clauses and SOP steps, adding,
// editing and reordering items, answering them (a KTS or OBSERVASI answer raises its temuan in the
// same transaction) and attaching evidence files. Only the audit's assigned auditors, each write
// with its activity row.
import "server-only";
import { actorOf, recordActivity } from "../activity/record";
import { checkEvidence, storeAttachment, type UploadedFile } from "../attachments/store";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { conflict, notFound, ruleBroken, staleRecord } from "../errors";
import { raiseFinding } from "../findings/raise-mutations";
import { sopContentSchema } from "../sops/content";
import { CHECKLIST_ANSWER_LABELS, isFindingAnswer } from "./checklist-constants";
import { generateChecklist, generatedKey, type SopSource } from "./checklist-generate";
import { answerRefusal, authorizeChecklist, editRefusal, refuseWhen } from "./checklist-rules";
import type { AnswerValues } from "./checklist-schema";

export const CHECKLIST_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

async function loadAudit(tx: Tx, auditId: string) {
  const audit = await tx.audit.findUnique({
    where: { id: auditId },
    select: {
      id: true, status: true, reportLockedAt: true, clauses: true, agency: { select: { path: true } },
      units: { select: { unitId: true, unit: { select: { path: true } } } },
      sops: { select: { sopId: true } },
    },
  });
  if (!audit) throw notFound("Audit");
  return audit;
}

async function loadItem(tx: Tx, id: string) {
  // Lock the item first: two auditors answering one item at once queue here and the second is told
  // the item changed, so one answer never raises two findings.
  await tx.$executeRaw`SELECT 1 FROM "ChecklistItem" WHERE "id" = ${id} FOR UPDATE`;
  const item = await tx.checklistItem.findUnique({
    where: { id },
    select: {
      id: true, auditId: true, unitId: true, position: true, kind: true, question: true, clauseCode: true, sopId: true,
      sopStepNo: true, answer: true, version: true, finding: { select: { id: true, number: true, status: true, category: true, version: true } },
    },
  });
  if (!item) throw notFound("Butir daftar periksa");
  return item;
}

/** The audited unit an SOP's items are asked of: the one whose subtree holds the SOP's unit, else the first. */
function auditedUnitOf(units: { unitId: string; unit: { path: string } }[], sopUnitPath: string): string | null {
  const holder = units.filter((u) => sopUnitPath.startsWith(u.unit.path)).sort((a, b) => b.unit.path.length - a.unit.path.length)[0];
  return holder?.unitId ?? units[0]?.unitId ?? null;
}

/** Generates the checklist; generating again adds only the items that are missing (never touches answers). */
export async function generateAuditChecklist(user: SessionUser, auditId: string): Promise<{ added: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Audit" WHERE "id" = ${auditId} FOR UPDATE`;
    const audit = await loadAudit(tx, auditId);
    await authorizeChecklist(tx, user, auditId);
    refuseWhen(editRefusal(audit));
    if (audit.units.length === 0) throw ruleBroken("Audit ini belum mempunyai unit auditi; lengkapi ruang lingkupnya dulu.");
    const clauses = await tx.isoClause.findMany({ where: { OR: [{ code: { in: audit.clauses } }, { mainCode: { in: audit.clauses } }] }, orderBy: { position: "asc" }, select: { code: true, title: true, questions: true } });
    const sopRows = await tx.sop.findMany({
      where: { id: { in: audit.sops.map((s) => s.sopId) } },
      orderBy: { title: "asc" },
      select: { id: true, currentRevisionNo: true, unit: { select: { path: true } }, revisions: { select: { revisionNo: true, content: true } } },
    });
    const sops: SopSource[] = sopRows.map((sop) => {
      const current = sop.revisions.find((r) => r.revisionNo === sop.currentRevisionNo);
      if (!current) throw ruleBroken("Revisi SOP yang berlaku tidak ditemukan.");
      const content = sopContentSchema.parse(current.content);
      return { sopId: sop.id, unitId: auditedUnitOf(audit.units, sop.unit.path) as string, content };
    });
    const generated = generateChecklist({ unitIds: audit.units.map((u) => u.unitId), clauses, sops });
    const existing = await tx.checklistItem.findMany({
      where: { auditId },
      select: { kind: true, unitId: true, clauseCode: true, sopId: true, sopStepNo: true, question: true, position: true },
    });
    const have = new Set(existing.map(generatedKey));
    const missing = generated.filter((item) => !have.has(generatedKey(item)));
    let position = existing.reduce((max, i) => Math.max(max, i.position), 0);
    if (missing.length > 0) {
      await tx.checklistItem.createMany({ data: missing.map((item) => ({ ...item, auditId, position: ++position })) });
    }
    await recordActivity(tx, {
      actor: actorOf(user), entity: "audit", entityId: auditId, action: "checklist_generate",
      after: { ditambahkan: missing.length, jumlahButir: existing.length + missing.length },
    });
    return { added: missing.length };
  });
}

async function checkUnitInAudit(tx: Tx, auditId: string, unitId: string) {
  const member = await tx.auditUnit.findUnique({ where: { auditId_unitId: { auditId, unitId } }, select: { unitId: true } });
  if (!member) throw conflict("Pilih salah satu unit auditi audit ini.", "unitId");
}

async function checkClause(tx: Tx, clauseCode: string | null) {
  if (!clauseCode) return;
  const clause = await tx.isoClause.findUnique({ where: { code: clauseCode }, select: { code: true } });
  if (!clause) throw conflict("Klausul ISO tidak dikenal.", "clauseCode");
}

export async function addChecklistItem(
  user: SessionUser,
  input: { auditId: string; question: string; clauseCode: string | null; unitId: string },
): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Audit" WHERE "id" = ${input.auditId} FOR UPDATE`;
    const audit = await loadAudit(tx, input.auditId);
    await authorizeChecklist(tx, user, audit.id);
    refuseWhen(editRefusal(audit));
    await checkUnitInAudit(tx, audit.id, input.unitId);
    await checkClause(tx, input.clauseCode);
    const last = await tx.checklistItem.aggregate({ where: { auditId: audit.id }, _max: { position: true } });
    const item = await tx.checklistItem.create({
      data: { auditId: audit.id, kind: "TAMBAHAN", question: input.question, clauseCode: input.clauseCode, unitId: input.unitId, position: (last._max.position ?? 0) + 1 },
      select: { id: true },
    });
    await recordActivity(tx, { actor: actorOf(user), entity: "audit", entityId: audit.id, action: "update", after: { butirBaru: input.question, klausul: input.clauseCode } });
    return item;
  });
}

/** Edits the wording, clause or unit; the SOP and step it came from stay. */
export async function updateChecklistItem(
  user: SessionUser,
  input: { id: string; version: number; question: string; clauseCode: string | null; unitId: string },
): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const item = await loadItem(tx, input.id);
    const audit = await loadAudit(tx, item.auditId);
    await authorizeChecklist(tx, user, audit.id);
    refuseWhen(editRefusal(audit));
    if (item.version !== input.version) throw staleRecord();
    if (item.finding) throw ruleBroken(`Butir ini sudah menjadi temuan ${item.finding.number}; isinya tidak dapat diubah lagi.`);
    await checkUnitInAudit(tx, audit.id, input.unitId);
    await checkClause(tx, input.clauseCode);
    const { count } = await tx.checklistItem.updateMany({
      where: { id: item.id, version: input.version },
      data: { question: input.question, clauseCode: input.clauseCode, unitId: input.unitId, version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord();
    await recordActivity(tx, {
      actor: actorOf(user), entity: "audit", entityId: audit.id, action: "update",
      before: { butir: item.question, klausul: item.clauseCode, unitId: item.unitId }, after: { butir: input.question, klausul: input.clauseCode, unitId: input.unitId },
    });
  });
}

/** Swaps the item with its neighbour above or below. */
export async function moveChecklistItem(user: SessionUser, input: { id: string; version: number; direction: "up" | "down" }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const item = await loadItem(tx, input.id);
    await tx.$executeRaw`SELECT 1 FROM "Audit" WHERE "id" = ${item.auditId} FOR UPDATE`;
    const audit = await loadAudit(tx, item.auditId);
    await authorizeChecklist(tx, user, audit.id);
    refuseWhen(editRefusal(audit));
    if (item.version !== input.version) throw staleRecord();
    const neighbour = await tx.checklistItem.findFirst({
      where: { auditId: audit.id, position: input.direction === "up" ? { lt: item.position } : { gt: item.position } },
      orderBy: { position: input.direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) return;
    const { count } = await tx.checklistItem.updateMany({ where: { id: item.id, version: input.version }, data: { position: neighbour.position, version: { increment: 1 } } });
    if (count === 0) throw staleRecord();
    await tx.checklistItem.update({ where: { id: neighbour.id }, data: { position: item.position, version: { increment: 1 } } });
  });
}

function findingText(item: { question: string }, values: AnswerValues) {
  const sample = [
    values.samplePopulation && `populasi ${values.samplePopulation}`,
    values.sampleMethod && `metode ${values.sampleMethod}`,
    values.sampleSize && `${values.sampleSize} sampel`,
    values.sampleItems && `yang diperiksa: ${values.sampleItems}`,
  ].filter(Boolean);
  return {
    statement: values.statement ?? `${CHECKLIST_ANSWER_LABELS[values.answer]}: ${item.question}`,
    evidence: sample.length > 0 ? `${values.evidenceNote}\nSampel: ${sample.join("; ")}.` : (values.evidenceNote as string),
  };
}

export interface AnswerResult {
  version: number;
  finding: { id: string; number: string } | null;
}

/**
 * Records the answer. A KTS or OBSERVASI answer raises its temuan once (prefilled with unit, SOP,
 * step, clause and evidence); a later different category updates that finding while the auditee
 * has not responded (TERBUKA), and is refused afterwards.
 */
export async function answerChecklistItem(user: SessionUser, values: AnswerValues, now: Date = new Date()): Promise<AnswerResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const item = await loadItem(tx, values.id);
    const audit = await loadAudit(tx, item.auditId);
    await authorizeChecklist(tx, user, audit.id);
    refuseWhen(answerRefusal(audit));
    if (item.version !== values.version) throw staleRecord();
    const finding = item.finding;
    if (finding && !isFindingAnswer(values.answer)) {
      throw ruleBroken(`Butir ini sudah menjadi temuan ${finding.number}. Jawaban tidak dapat diubah menjadi ${CHECKLIST_ANSWER_LABELS[values.answer]}; temuan dicabut melalui halaman temuan.`);
    }
    if (finding && isFindingAnswer(values.answer) && finding.category !== values.answer && finding.status !== "TERBUKA") {
      throw ruleBroken(`Temuan ${finding.number} sudah ditanggapi auditi; kategorinya tidak dapat diubah dari daftar periksa.`);
    }
    const { count } = await tx.checklistItem.updateMany({
      where: { id: item.id, version: values.version },
      data: {
        answer: values.answer, evidenceNote: values.evidenceNote, samplePopulation: values.samplePopulation, sampleMethod: values.sampleMethod,
        sampleSize: values.sampleSize, sampleItems: values.sampleItems, answeredById: user.id, answeredAt: now, version: { increment: 1 },
      },
    });
    if (count === 0) throw staleRecord();
    await recordActivity(tx, {
      actor: actorOf(user), entity: "audit", entityId: audit.id, action: "checklist_answer",
      before: { butir: item.question, jawaban: item.answer }, after: { butir: item.question, jawaban: values.answer },
    });
    let raised: AnswerResult["finding"] = null;
    if (isFindingAnswer(values.answer)) {
      const text = findingText(item, values);
      if (!finding) {
        if (!item.unitId) throw ruleBroken("Tentukan unit auditi butir ini dulu (ubah butir), lalu jawab.");
        const created = await raiseFinding(tx, user, {
          source: "AUDIT_INTERNAL", category: values.answer, unitId: item.unitId, statement: text.statement, evidence: text.evidence,
          sopId: item.sopId, sopStepNo: item.sopStepNo, clauseCode: item.clauseCode, auditId: audit.id, checklistItemId: item.id,
          location: item.sopStepNo ? `Langkah ${item.sopStepNo}` : null,
        }, now);
        raised = { id: created.id, number: created.number };
      } else {
        const changed = await tx.finding.updateMany({
          where: { id: finding.id, version: finding.version, status: "TERBUKA" },
          data: { category: values.answer, evidence: text.evidence, lastEditedById: user.id, version: { increment: 1 } },
        });
        if (changed.count === 0) throw staleRecord();
        if (finding.category !== values.answer) {
          await recordActivity(tx, {
            actor: actorOf(user), entity: "finding", entityId: finding.id, action: "update",
            before: { category: finding.category }, after: { category: values.answer },
          });
        }
        raised = { id: finding.id, number: finding.number };
      }
    }
    return { version: item.version + 1, finding: raised };
  });
}

export async function attachChecklistEvidence(user: SessionUser, itemId: string, file: UploadedFile): Promise<{ id: string }> {
  checkEvidence(file, CHECKLIST_EVIDENCE_MAX_BYTES);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const item = await loadItem(tx, itemId);
    const audit = await loadAudit(tx, item.auditId);
    await authorizeChecklist(tx, user, audit.id);
    refuseWhen(answerRefusal(audit));
    const attachmentId = await storeAttachment(tx, file, user.id);
    const evidence = await tx.checklistEvidence.create({ data: { checklistItemId: item.id, attachmentId }, select: { id: true } });
    await recordActivity(tx, { actor: actorOf(user), entity: "audit", entityId: audit.id, action: "update", after: { butir: item.question, bukti: file.name } });
    return evidence;
  });
}
