// Raises a temuan inside the caller's transaction: from an audit's checklist answer
// (lib/audits), from a missed sasaran mutu, or entered directly (lib/findings/actions.ts).
// The caller decides who may raise it; this checks what the finding names and writes it with its
// number and its activity row.
import type { FindingCategory, FindingSource } from "../db/generated/enums";
import type { Tx } from "../db";
import { actorOf, recordActivity } from "../activity/record";
import { conflict } from "../errors";
import { agencyOf } from "../org/agency";
import type { SessionUser } from "../auth/types";
import { notify } from "../notifications/notify";
import { findingRaisedNotice } from "./notices";
import { nextFindingNumber } from "./numbering";

export interface RaiseFindingInput {
  source: FindingSource;
  category: FindingCategory;
  unitId: string;
  statement: string;
  evidence: string;
  location?: string | null;
  sopId?: string | null;
  sopStepNo?: number | null;
  clauseCode?: string | null;
  reference?: string | null;
  auditId?: string | null;
  checklistItemId?: string | null;
  objectiveId?: string | null;
  measurementPeriod?: number | null;
  dueDate?: Date | null;
}

export interface RaisedFinding {
  id: string;
  number: string;
  agencyId: string;
}

export async function raiseFinding(tx: Tx, user: SessionUser, input: RaiseFindingInput, now = new Date()): Promise<RaisedFinding> {
  const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { path: true, active: true } });
  if (!unit || !unit.active) throw conflict("Unit auditi tidak ditemukan atau sudah nonaktif.", "unitId");
  const agency = await agencyOf(tx, unit.path);
  if (input.sopId) {
    const sop = await tx.sop.findUnique({ where: { id: input.sopId }, select: { unit: { select: { path: true } } } });
    if (!sop || !sop.unit.path.startsWith(agency.path)) throw conflict(`Pilih SOP milik ${agency.name}.`, "sopId");
  }
  if (input.clauseCode) {
    const clause = await tx.isoClause.findUnique({ where: { code: input.clauseCode }, select: { code: true } });
    if (!clause) throw conflict("Klausul ISO tidak dikenal.", "clauseCode");
  }
  const year = now.getFullYear();
  const number = await nextFindingNumber(tx, agency.id, year);
  const finding = await tx.finding.create({
    data: {
      agencyId: agency.id,
      unitId: input.unitId,
      year,
      number,
      source: input.source,
      category: input.category,
      statement: input.statement,
      evidence: input.evidence,
      location: input.location ?? null,
      sopId: input.sopId ?? null,
      sopStepNo: input.sopStepNo ?? null,
      clauseCode: input.clauseCode ?? null,
      reference: input.reference ?? null,
      auditId: input.auditId ?? null,
      checklistItemId: input.checklistItemId ?? null,
      objectiveId: input.objectiveId ?? null,
      measurementPeriod: input.measurementPeriod ?? null,
      dueDate: input.dueDate ?? null,
      raisedById: user.id,
      raisedAt: now,
      createdById: user.id,
      lastEditedById: user.id,
    },
    select: { id: true, number: true, agencyId: true },
  });
  await recordActivity(tx, {
    actor: actorOf(user),
    entity: "finding",
    entityId: finding.id,
    action: "create",
    after: { number, source: input.source, category: input.category, unitId: input.unitId, statement: input.statement },
  });
  // Every caller (checklist answer, missed objective, direct entry) tells the unit once, here.
  const notice = await findingRaisedNotice(tx, { id: finding.id, number, category: input.category, statement: input.statement, unitPath: unit.path });
  await notify(tx, { ...notice, actorId: user.id });
  return finding;
}
