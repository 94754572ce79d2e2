import "server-only";
// Reads of temuan, inside the reader's unit scope (another agency never reads them unless it holds
// a role there): the register with its filters, one finding with its timeline, similar findings
// (ISO 9001 10.2.1 b 3) and an SOP's findings.
import { ATTACHMENT_FILE_SELECT } from "../attachments/download";
import { authorize, can } from "../auth/permissions";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { paginate, type Page } from "../utils/paginate";
import { allowedTransitions } from "../workflow";
import { FINDINGS_PAGE_SIZE } from "./constants";
import { findingFilterWhere } from "./list-where-data";
import { ageInDays, isOpen, isOverdue } from "./rules";
import type { FindingListQuery } from "./schema";
import type { FindingDetail, FindingRow, SimilarFinding, TimelineEntry } from "./types";
import { FINDING_WORKFLOW } from "./workflow";

export function readableFindingWhere(user: SessionUser): Prisma.FindingWhereInput {
  return { unit: unitPathWhere(unitScope(user, "finding.read")) };
}

const ORDER: Prisma.FindingOrderByWithRelationInput[] = [{ raisedAt: "desc" }, { number: "desc" }, { id: "asc" }];

export async function findingListWhere(user: SessionUser, query: FindingListQuery, today: Date): Promise<Prisma.FindingWhereInput | null> {
  const filter = await findingFilterWhere(await getDb(), query, today);
  return filter && { AND: [readableFindingWhere(user), filter] };
}

const rowSelect = {
  id: true, number: true, category: true, status: true, source: true, statement: true, clauseCode: true, raisedAt: true, dueDate: true, closedAt: true,
  unit: { select: { id: true, name: true } }, sop: { select: { title: true } }, audit: { select: { number: true } },
} satisfies Prisma.FindingSelect;
type RowPayload = Prisma.FindingGetPayload<{ select: typeof rowSelect }>;

function toRow(f: RowPayload, today: Date): FindingRow {
  return {
    id: f.id, number: f.number, unitId: f.unit.id, unitName: f.unit.name, category: f.category, status: f.status, source: f.source,
    statement: f.statement, clauseCode: f.clauseCode, sopTitle: f.sop?.title ?? null, auditNumber: f.audit?.number ?? null,
    raisedAt: f.raisedAt, dueDate: f.dueDate, ageDays: ageInDays(f.raisedAt, today, f.closedAt), overdue: isOverdue(f, today),
  };
}

export async function listFindings(user: SessionUser, query: FindingListQuery, today: Date = new Date()): Promise<Page<FindingRow>> {
  authorize(user, "finding.read");
  const where = await findingListWhere(user, query, today);
  if (!where) return paginate(query.page, FINDINGS_PAGE_SIZE, async () => 0, async () => []);
  const db = await getDb();
  return paginate(
    query.page,
    FINDINGS_PAGE_SIZE,
    () => db.finding.count({ where }),
    async (skip, take) => (await db.finding.findMany({ where, orderBy: ORDER, skip, take, select: rowSelect })).map((f) => toRow(f, today)),
  );
}

/** Findings of one audit or one SOP, for the pages that embed the list (already scoped). */
export async function listFindingsOf(user: SessionUser, of: { auditId?: string; sopId?: string; objectiveId?: string }, today: Date = new Date()): Promise<FindingRow[]> {
  if (!can(user, "finding.read")) return [];
  const db = await getDb();
  const rows = await db.finding.findMany({ where: { AND: [readableFindingWhere(user), of] }, orderBy: ORDER, take: 200, select: rowSelect });
  return rows.map((f) => toRow(f, today));
}

async function timelineOf(findingId: string): Promise<TimelineEntry[]> {
  const db = await getDb();
  return db.activity.findMany({
    where: { entity: "finding", entityId: findingId },
    orderBy: { id: "asc" },
    select: { id: true, at: true, actorLabel: true, action: true, reason: true },
  });
}

export async function getFinding(user: SessionUser, id: string, today: Date = new Date()): Promise<FindingDetail | null> {
  authorize(user, "finding.read");
  const db = await getDb();
  const f = await db.finding.findFirst({
    where: { id, ...readableFindingWhere(user) },
    select: {
      ...rowSelect, version: true, location: true, sopId: true, sopStepNo: true, evidence: true, reference: true, auditId: true,
      objectiveId: true, measurementPeriod: true, raisedById: true, disputeReason: true, disputedAt: true, decisionNote: true,
      decidedAt: true, decidedById: true, acceptedAt: true,
      agency: { select: { name: true } }, unit: { select: { id: true, name: true, path: true } },
      sop: { select: { title: true, number: true } }, audit: { select: { number: true, title: true, team: { where: { role: "KETUA" }, select: { userId: true } } } },
      objective: { select: { code: true, statement: true } },
      evidenceFiles: { orderBy: { createdAt: "asc" }, select: { attachment: { select: { id: true, fileName: true, size: true } } } },
    },
  });
  if (!f) return null;
  const clause = f.clauseCode ? await db.isoClause.findUnique({ where: { code: f.clauseCode }, select: { title: true } }) : null;
  const people = await db.user.findMany({ where: { id: { in: [f.raisedById, f.decidedById].filter((x): x is string => !!x) } }, select: { id: true, name: true } });
  const nameOf = (userId: string | null) => people.find((p) => p.id === userId)?.name ?? null;
  const record = {
    id: f.id, version: f.version, status: f.status, category: f.category, auditId: f.auditId, unitPath: f.unit.path,
    leadAuditorIds: f.audit?.team.map((t) => t.userId) ?? [],
  };
  const onTeam = f.auditId ? (await db.auditTeamMember.count({ where: { auditId: f.auditId, userId: user.id } })) > 0 : false;
  return {
    ...toRow(f, today),
    version: f.version, agencyName: f.agency.name, unitPath: f.unit.path, location: f.location, sopId: f.sopId, sopNumber: f.sop?.number ?? null,
    sopStepNo: f.sopStepNo, evidence: f.evidence, clauseTitle: clause?.title ?? null, reference: f.reference, auditId: f.auditId,
    auditTitle: f.audit?.title ?? null, objectiveId: f.objectiveId, objectiveCode: f.objective?.code ?? null,
    objectiveStatement: f.objective?.statement ?? null, measurementPeriod: f.measurementPeriod, raisedByName: nameOf(f.raisedById),
    disputeReason: f.disputeReason, disputedAt: f.disputedAt, decisionNote: f.decisionNote, decidedAt: f.decidedAt,
    decidedByName: nameOf(f.decidedById), acceptedAt: f.acceptedAt, closedAt: f.closedAt,
    files: f.evidenceFiles.map((e) => e.attachment),
    transitions: allowedTransitions(FINDING_WORKFLOW, user, record),
    canAddEvidence: isOpen(f.status) && (onTeam || can(user, "finding.raise", { unitPath: f.unit.path })),
    timeline: await timelineOf(f.id),
  };
}

/**
 * ISO 9001 10.2.1 b 3 ("could it occur elsewhere?"): findings of other units of the same agency
 * with the same clause or the same SOP, newest first.
 */
export async function listSimilarFindings(user: SessionUser, finding: { id: string; unitId: string; clauseCode: string | null; sopId: string | null }): Promise<SimilarFinding[]> {
  const or: Prisma.FindingWhereInput[] = [];
  if (finding.clauseCode) or.push({ clauseCode: finding.clauseCode });
  if (finding.sopId) or.push({ sopId: finding.sopId });
  if (or.length === 0) return [];
  const db = await getDb();
  const rows = await db.finding.findMany({
    where: { AND: [readableFindingWhere(user), { id: { not: finding.id } }, { unitId: { not: finding.unitId } }, { OR: or }] },
    orderBy: ORDER,
    take: 20,
    select: { id: true, number: true, category: true, status: true, statement: true, clauseCode: true, sopId: true, unit: { select: { name: true } } },
  });
  return rows.map((r) => {
    const sameClause = !!finding.clauseCode && r.clauseCode === finding.clauseCode;
    const sameSop = !!finding.sopId && r.sopId === finding.sopId;
    const match = sameClause && sameSop ? `Klausul ${r.clauseCode} dan SOP yang sama` : sameClause ? `Klausul ${r.clauseCode}` : "SOP yang sama";
    return { id: r.id, number: r.number, unitName: r.unit.name, category: r.category, status: r.status, statement: r.statement, match };
  });
}

/** May the user raise a finding outside an audit on this unit ("Buat temuan" on an objective)? */
export function mayRaiseOnUnit(user: SessionUser, unitPath: string): boolean {
  return can(user, "finding.raise", { unitPath }) && user.grants.some((g) => g.role === "MANAJER_MUTU" && (g.unitPath === null || unitPath.startsWith(g.unitPath)));
}

/** An evidence file of a finding the user may read. */
export async function getFindingEvidenceFile(user: SessionUser, attachmentId: string) {
  if (!can(user, "finding.read")) return null;
  const db = await getDb();
  const link = await db.findingEvidence.findFirst({
    where: { attachmentId, finding: readableFindingWhere(user) },
    select: { attachment: { select: ATTACHMENT_FILE_SELECT } },
  });
  return link?.attachment ?? null;
}
