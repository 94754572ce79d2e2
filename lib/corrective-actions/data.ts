import "server-only";
// Reads of tindakan perbaikan, inside the reader's unit scope (corrective_action.read).
import { ATTACHMENT_FILE_SELECT } from "../attachments/download";
import { authorize, can } from "../auth/permissions";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { agencyOf } from "../org/agency";
import { paginate, type Page } from "../utils/paginate";
import { allowedTransitions } from "../workflow";
import { CA_PAGE_SIZE, FINISHED_STATUSES, type CorrectiveActionStatus, type KtsCategory } from "./constants";
import { caRecordSelect, toCaRecord } from "./mutations";
import { isOverdue, todayDate, waitDaysFor } from "./rules";
import type { CaListQuery } from "./schema";
import { settingsOf } from "./settings-mutations";
import type { CaDetail, CaItemView, CaRoundView, CaRow } from "./types";
import { CA_WORKFLOW } from "./workflow";

export function readableWhere(user: SessionUser): Prisma.CorrectiveActionWhereInput {
  return { unit: unitPathWhere(unitScope(user, "corrective_action.read")) };
}

import { caFilterWhere } from "./list-where-data";
import { overdueWhere } from "./overdue";

export { overdueWhere };

export async function listWhere(user: SessionUser, query: CaListQuery, now: Date = new Date()): Promise<Prisma.CorrectiveActionWhereInput | null> {
  const filter = await caFilterWhere(await getDb(), query, now);
  return filter && { AND: [readableWhere(user), filter] };
}

const ORDER: Prisma.CorrectiveActionOrderByWithRelationInput[] = [{ dueDate: "asc" }, { createdAt: "desc" }, { id: "asc" }];

export const rowSelect = {
  id: true, round: true, status: true, dueDate: true, createdAt: true, findingId: true, correction: true, whys: true,
  finding: {
    select: {
      number: true, category: true, statement: true, clauseCode: true, evidence: true,
      unit: { select: { name: true } }, audit: { select: { number: true } }, sop: { select: { title: true } },
    },
  },
  causes: { orderBy: { position: "asc" }, select: { category: true, description: true } },
  items: {
    orderBy: { position: "asc" },
    select: { status: true, dueDate: true, description: true, implementationNote: true, pic: { select: { name: true } } },
  },
} as const satisfies Prisma.CorrectiveActionSelect;
export type CaRowData = Prisma.CorrectiveActionGetPayload<{ select: typeof rowSelect }>;

function toRow(ca: CaRowData, now: Date): CaRow {
  return {
    id: ca.id, round: ca.round, status: ca.status, dueDate: ca.dueDate, overdue: isOverdue(ca, now),
    findingId: ca.findingId, findingNumber: ca.finding.number, category: ca.finding.category, statement: ca.finding.statement,
    clauseCode: ca.finding.clauseCode, unitName: ca.finding.unit.name, auditNumber: ca.finding.audit?.number ?? null,
    itemsDone: ca.items.filter((i) => i.status === "SELESAI").length, itemCount: ca.items.length, createdAt: ca.createdAt,
  };
}

export async function listCorrectiveActions(user: SessionUser, query: CaListQuery, now: Date = new Date()): Promise<Page<CaRow>> {
  authorize(user, "corrective_action.read");
  const where = await listWhere(user, query, now);
  if (!where) return paginate(query.page, CA_PAGE_SIZE, async () => 0, async () => []);
  const db = await getDb();
  return paginate(
    query.page,
    CA_PAGE_SIZE,
    () => db.correctiveAction.count({ where }),
    async (skip, take) => (await db.correctiveAction.findMany({ where, orderBy: ORDER, skip, take, select: rowSelect })).map((ca) => toRow(ca, now)),
  );
}

/** Every row of the list for the export (no paging), in list order. */
export async function listForExport(user: SessionUser, query: CaListQuery, now: Date = new Date()): Promise<CaRowData[]> {
  authorize(user, "corrective_action.read");
  const where = await listWhere(user, query, now);
  if (!where) return [];
  const db = await getDb();
  return db.correctiveAction.findMany({ where, orderBy: ORDER, select: rowSelect, take: 5000 });
}

const roundSelect = {
  ...caRecordSelect,
  dueDate: true, whys: true, returnNote: true, submittedAt: true, approvedAt: true, verifiedAt: true, verificationNote: true,
  approvedById: true, verifiedById: true,
  causes: { orderBy: { position: "asc" }, select: { category: true, description: true } },
  items: {
    orderBy: { position: "asc" },
    select: {
      id: true, version: true, description: true, picId: true, dueDate: true, status: true, implementationNote: true, doneById: true, doneAt: true,
      pic: { select: { name: true } }, sop: { select: { id: true, title: true, number: true } },
      evidence: { orderBy: { createdAt: "asc" }, select: { attachment: { select: { id: true, fileName: true, size: true } } } },
      _count: { select: { evidence: true } },
    },
  },
} as const satisfies Prisma.CorrectiveActionSelect;

export async function getCorrectiveAction(user: SessionUser, id: string, now: Date = new Date()): Promise<CaDetail | null> {
  authorize(user, "corrective_action.read");
  const db = await getDb();
  const found = await db.correctiveAction.findFirst({ where: { id, ...readableWhere(user) }, select: { findingId: true, unit: { select: { path: true } } } });
  if (!found) return null;
  const finding = await db.finding.findUniqueOrThrow({
    where: { id: found.findingId },
    select: {
      id: true, number: true, category: true, status: true, statement: true, evidence: true, clauseCode: true,
      unit: { select: { name: true } }, sop: { select: { id: true, title: true } }, audit: { select: { id: true, number: true } },
    },
  });
  const agency = await agencyOf(db, found.unit.path);
  const settings = await settingsOf(db, agency.id);
  const waitDays = finding.category === "OBSERVASI" ? 0 : waitDaysFor(finding.category as KtsCategory, settings);
  const rows = await db.correctiveAction.findMany({ where: { findingId: finding.id }, orderBy: { round: "desc" }, select: roundSelect });
  const names = await db.user.findMany({
    where: { id: { in: rows.flatMap((r) => [r.approvedById, r.verifiedById, ...r.items.map((i) => i.doneById)]).filter((x): x is string => !!x) } },
    select: { id: true, name: true },
  });
  const nameOf = (userId: string | null) => names.find((n) => n.id === userId)?.name ?? null;
  const today = todayDate(now);
  const rounds: CaRoundView[] = rows.map((r) => {
    const record = toCaRecord(r, waitDays);
    const items: CaItemView[] = r.items.map((i) => ({
      id: i.id, version: i.version, description: i.description, picId: i.picId, picName: i.pic.name, dueDate: i.dueDate,
      overdue: i.status !== "SELESAI" && i.dueDate < today && !["DITUTUP", "TIDAK_EFEKTIF"].includes(r.status),
      sop: i.sop, status: i.status, implementationNote: i.implementationNote, doneBy: nameOf(i.doneById), doneAt: i.doneAt,
      evidence: i.evidence.map((e) => e.attachment),
    }));
    const plans = can(user, "corrective_action.plan", { unitPath: r.unit.path });
    return {
      id: r.id, round: r.round, version: r.version, status: r.status as CorrectiveActionStatus, dueDate: r.dueDate,
      overdue: isOverdue({ status: r.status, dueDate: r.dueDate, items: r.items }, now),
      correction: r.correction, whys: r.whys, causes: r.causes, items, returnNote: r.returnNote, submittedAt: r.submittedAt,
      approvedBy: nameOf(r.approvedById), approvedAt: r.approvedAt, implementedAt: r.implementedAt, verifiableFrom: record.verifiableFrom,
      verifiedBy: nameOf(r.verifiedById), verifiedAt: r.verifiedAt, verificationNote: r.verificationNote,
      transitions: allowedTransitions(CA_WORKFLOW, user, record),
      canPlan: plans && r.status === "TERBUKA",
      canRecordDone: plans && r.status === "RENCANA_DISETUJUI",
    };
  });
  const current = rounds.find((r) => r.id === id)!;
  const [pics, sops] = current.canPlan
    ? await Promise.all([
        db.user.findMany({ where: { active: true, unit: { path: { startsWith: agency.path } } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
        db.sop.findMany({ where: { unit: { path: { startsWith: agency.path } } }, orderBy: { title: "asc" }, select: { id: true, title: true, number: true }, take: 500 }),
      ])
    : [[], []];
  return {
    unitPath: found.unit.path,
    finding: {
      id: finding.id, number: finding.number, category: finding.category, status: finding.status, statement: finding.statement,
      evidence: finding.evidence, clauseCode: finding.clauseCode, unitName: finding.unit.name, sop: finding.sop, audit: finding.audit,
    },
    current,
    rounds,
    options: { pics, sops: sops.map((s) => ({ id: s.id, label: s.number ? `${s.number} — ${s.title}` : s.title })) },
  };
}

/** The rounds of one finding, newest first, for the finding page's section. */
export async function findingCorrectiveActions(user: SessionUser, findingId: string, now: Date = new Date()): Promise<CaRow[]> {
  if (!can(user, "corrective_action.read")) return [];
  const db = await getDb();
  const rows = await db.correctiveAction.findMany({ where: { findingId, ...readableWhere(user) }, orderBy: { round: "desc" }, select: rowSelect });
  return rows.map((r) => toRow(r, now));
}

/** The agencies whose settings the user may change, with their current values. */
export async function settingsForms(user: SessionUser) {
  const scope = unitScope(user, "corrective_action.settings");
  if (scope.kind === "none") return [];
  const db = await getDb();
  const agencies = await db.unit.findMany({
    where: { type: "PERANGKAT_DAERAH", active: true, ...unitPathWhere(scope) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
    take: 50,
  });
  return Promise.all(agencies.map(async (a) => ({ agency: a, settings: await settingsOf(db, a.id) })));
}

/** Attachments of corrective actions the user may read (for the download route). */
export async function readableEvidence(user: SessionUser, attachmentId: string) {
  if (!can(user, "corrective_action.read")) return null;
  const db = await getDb();
  const link = await db.correctiveActionEvidence.findFirst({
    where: { attachmentId, item: { correctiveAction: readableWhere(user) } },
    select: { attachment: { select: ATTACHMENT_FILE_SELECT } },
  });
  return link?.attachment ?? null;
}
