import "server-only";
// Reads of tinjauan manajemen: the agency's readers (management_review.read scope) and the
// meeting's own people (chair, notulis, pemaraf, participants); other agencies never.
import { can } from "../auth/permissions";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { todayDate } from "../corrective-actions/rules";
import { getDb, type Prisma, type Tx } from "../db";
import { ancestorIds } from "../notifications/recipients";
import { paginate, type Page } from "../utils/paginate";
import { mayReadReview, mayWriteMinutes, reviewTransitionsFor } from "./access";
import { actionFilterWhere } from "./action-where";
import { ACTION_LINK_LABELS, ACTIONS_PAGE_SIZE, REVIEWS_PAGE_SIZE, type ActionLinkKind } from "./constants";
import { compileInputPack } from "./input-compile";
import { INPUT_SECTION_KEYS, INPUT_SECTION_TITLES, type InputSectionKey, type SectionData } from "./input-types";
import { reviewStore } from "./mutations";
import { actionOverdue, diffDrafts, type DraftContent } from "./rules";
import type { ActionListQuery, ReviewListQuery } from "./schema";
import type { DraftView, MinutesOptions, ReviewActionView, ReviewDetail, ReviewFormOptions, ReviewRow } from "./types";
import { draftContent } from "./mutations";

/** The reviews a user reads: the agency's readers, or the meeting's own people. */
export function readableReviewWhere(user: SessionUser): Prisma.ManagementReviewWhereInput {
  return {
    OR: [
      { agency: unitPathWhere(unitScope(user, "management_review.read")) },
      { chairId: user.id }, { notulisId: user.id }, { initialerId: user.id },
      { participants: { some: { userId: user.id } } },
    ],
  };
}

export async function listReviews(user: SessionUser, query: ReviewListQuery): Promise<Page<ReviewRow>> {
  const db = await getDb();
  const where: Prisma.ManagementReviewWhereInput = {
    AND: [
      readableReviewWhere(user),
      query.status ? { status: query.status } : {},
      query.year ? { meetingAt: { gte: new Date(Date.UTC(query.year, 0, 1) - 8 * 3600_000), lt: new Date(Date.UTC(query.year + 1, 0, 1) - 8 * 3600_000) } } : {},
    ],
  };
  return paginate(query.page, REVIEWS_PAGE_SIZE, () => db.managementReview.count({ where }), async (skip, take) => {
    const rows = await db.managementReview.findMany({
      where, skip, take, orderBy: [{ meetingAt: "desc" }, { id: "asc" }],
      select: {
        id: true, number: true, title: true, meetingAt: true, periodFrom: true, periodTo: true, status: true,
        agency: { select: { name: true } }, chair: { select: { name: true } }, _count: { select: { actions: true } },
      },
    });
    return rows.map((r) => ({
      id: r.id, number: r.number, title: r.title, agencyName: r.agency.name, meetingAt: r.meetingAt, periodFrom: r.periodFrom, periodTo: r.periodTo,
      status: r.status, chairName: r.chair.name, actionCount: r._count.actions,
    }));
  });
}

const actionSelect = {
  id: true, version: true, reviewId: true, description: true, dueDate: true, status: true, decisionType: true, reference: true, doneAt: true, doneNote: true,
  review: { select: { number: true, status: true, agency: { select: { path: true } } } },
  pic: { select: { id: true, name: true } }, unit: { select: { name: true } },
  sop: { select: { id: true, number: true, title: true } }, objective: { select: { id: true, code: true, statement: true } }, finding: { select: { id: true, number: true } },
} satisfies Prisma.ManagementReviewActionSelect;

type ActionRow = Prisma.ManagementReviewActionGetPayload<{ select: typeof actionSelect }>;

function linkOf(a: ActionRow): ReviewActionView["link"] {
  const make = (kind: ActionLinkKind, id: string | null, label: string, href: string | null) => ({ kind, id, label: `${ACTION_LINK_LABELS[kind]}: ${label}`, href });
  if (a.sop) return make("SOP", a.sop.id, a.sop.number ? `${a.sop.number} ${a.sop.title}` : a.sop.title, `/sops/${encodeURIComponent(a.sop.id)}`);
  if (a.objective) return make("OBJECTIVE", a.objective.id, `${a.objective.code} ${a.objective.statement}`, `/objectives/${encodeURIComponent(a.objective.id)}`);
  if (a.finding) return make("FINDING", a.finding.id, a.finding.number, `/findings/${encodeURIComponent(a.finding.id)}`);
  if (a.reference) return make("REFERENCE", null, a.reference, null);
  return null;
}

function toActionView(user: SessionUser, a: ActionRow, today: Date): ReviewActionView {
  const open = a.status === "TERBUKA" && a.review.status === "DITERBITKAN";
  return {
    id: a.id, version: a.version, reviewId: a.reviewId, reviewNumber: a.review.number, description: a.description, pic: a.pic, unitName: a.unit.name,
    dueDate: a.dueDate, status: a.status, overdue: a.review.status === "DITERBITKAN" && actionOverdue(a, today), decisionType: a.decisionType,
    link: linkOf(a), doneAt: a.doneAt, doneNote: a.doneNote,
    mayComplete: open && (a.pic.id === user.id || can(user, "management_review.manage", { unitPath: a.review.agency.path })),
  };
}

/** The RTL list (/management-reviews/actions): the agency's readers and each PIC for their own. */
export async function listReviewActions(user: SessionUser, query: ActionListQuery, now: Date = new Date()): Promise<Page<ReviewActionView>> {
  const db = await getDb();
  const today = todayDate(now);
  const unit = query.unitId ? await db.unit.findUnique({ where: { id: query.unitId }, select: { path: true } }) : null;
  const where: Prisma.ManagementReviewActionWhereInput = {
    AND: [
      { OR: [{ review: { agency: unitPathWhere(unitScope(user, "management_review.read")) } }, { picId: user.id }] },
      actionFilterWhere({ status: query.status, agencyId: query.agencyId, reviewId: query.reviewId, unitPath: query.unitId ? (unit?.path ?? "/no-such-unit/") : undefined }, today),
    ],
  };
  return paginate(query.page, ACTIONS_PAGE_SIZE, () => db.managementReviewAction.count({ where }), async (skip, take) => {
    const rows = await db.managementReviewAction.findMany({ where, skip, take, orderBy: [{ status: "asc" }, { dueDate: "asc" }, { id: "asc" }], select: actionSelect });
    return rows.map((a) => toActionView(user, a, today));
  });
}

/** Units the RTL list filters by: the units of the agencies the user reads. */
export async function actionFilterUnits(user: SessionUser): Promise<{ id: string; name: string; path: string }[]> {
  const db = await getDb();
  const scope = unitScope(user, "management_review.read");
  if (scope.kind === "none") return [];
  return db.unit.findMany({ where: { active: true, ...unitPathWhere(scope) }, select: { id: true, name: true, path: true }, orderBy: { path: "asc" }, take: 500 });
}

async function sectionsOf(db: Tx | Awaited<ReturnType<typeof getDb>>, review: { id: string; agencyId: string; agencyPath: string; periodFrom: Date; periodTo: Date; frozenAt: Date | null }, stored: { key: string; narrative: string | null; data: unknown }[]) {
  const live = review.frozenAt ? null : await compileInputPack(db, { agencyId: review.agencyId, agencyPath: review.agencyPath, reviewId: review.id, period: { from: review.periodFrom, to: review.periodTo } });
  return INPUT_SECTION_KEYS.map((key: InputSectionKey) => {
    const row = stored.find((s) => s.key === key);
    const data = (live ? live[key] : (row?.data as SectionData | null)) ?? { figures: [], tables: [], charts: [] };
    return { key, title: INPUT_SECTION_TITLES[key], narrative: row?.narrative ?? null, data };
  });
}

export async function getReview(user: SessionUser, id: string, now: Date = new Date()): Promise<(ReviewDetail & { sections: Awaited<ReturnType<typeof sectionsOf>> }) | null> {
  const db = await getDb();
  const r = await db.managementReview.findUnique({
    where: { id },
    select: {
      id: true, number: true, title: true, version: true, status: true, agencyId: true, periodFrom: true, periodTo: true, meetingAt: true, place: true,
      frozenAt: true, draftNo: true, returnNote: true, cancelReason: true, startedAt: true, submittedAt: true, initialedAt: true, signedAt: true, publishedAt: true,
      agency: { select: { id: true, name: true, path: true } },
      chair: { select: { id: true, name: true } }, notulis: { select: { id: true, name: true } }, initialer: { select: { id: true, name: true } },
      invitedUnits: { select: { unit: { select: { id: true, name: true, path: true } } } },
      participants: { select: { present: true, user: { select: { id: true, name: true, position: true, unit: { select: { name: true } } } } } },
      agenda: { orderBy: { position: "asc" }, select: { id: true, position: true, title: true, minutes: true } },
      sections: { select: { key: true, narrative: true, data: true } },
      decisions: { orderBy: { position: "asc" }, select: { type: true, text: true, agendaItemId: true } },
      actions: { orderBy: { position: "asc" }, select: actionSelect },
      drafts: { orderBy: { number: "asc" }, select: { number: true, content: true, submittedAt: true, returnedAt: true, returnedStep: true, returnNote: true } },
      acknowledgments: { orderBy: { acknowledgedAt: "asc" }, select: { userId: true, userName: true, acknowledgedAt: true } },
    },
  });
  if (!r) return null;
  const participantIds = r.participants.map((p) => p.user.id);
  const people = { unitPath: r.agency.path, chairId: r.chair.id, notulisId: r.notulis.id, initialerId: r.initialer.id, participantIds };
  if (!mayReadReview(user, people)) return null;
  const record = await reviewStore.load(db as unknown as Tx, r.id);
  const today = todayDate(now);
  const drafts: DraftView[] = r.drafts.map((d, i) => ({
    number: d.number, submittedAt: d.submittedAt, returnedAt: d.returnedAt, returnedStep: d.returnedStep as DraftView["returnedStep"], returnNote: d.returnNote,
    changes: i === 0 ? [] : diffDrafts(r.drafts[i - 1]!.content as unknown as DraftContent, d.content as unknown as DraftContent),
  }));
  const lastDraft = r.drafts.at(-1);
  const pendingChanges = r.status === "DRAF_NOTULEN" && lastDraft?.returnedAt ? diffDrafts(lastDraft.content as unknown as DraftContent, await draftContent(db as unknown as Tx, r.id)) : null;
  const manage = can(user, "management_review.manage", { unitPath: r.agency.path });
  const writer = mayWriteMinutes(user, people);
  const participant = [r.chair.id, r.notulis.id, r.initialer.id, ...participantIds].includes(user.id);
  return {
    id: r.id, number: r.number, title: r.title, version: r.version, status: r.status, agency: r.agency,
    periodFrom: r.periodFrom, periodTo: r.periodTo, meetingAt: r.meetingAt, place: r.place,
    chair: r.chair, notulis: r.notulis, initialer: r.initialer,
    invitedUnits: r.invitedUnits.map((u) => u.unit).sort((a, b) => a.path.localeCompare(b.path)).map(({ id, name }) => ({ id, name })),
    participants: r.participants.map((p) => ({ id: p.user.id, name: p.user.name, position: p.user.position, unitName: p.user.unit.name, present: p.present })),
    agenda: r.agenda.map(({ position, title, minutes }) => ({ position, title, minutes })),
    frozenAt: r.frozenAt,
    decisions: r.decisions.map((d) => {
      const index = r.agenda.findIndex((a) => a.id === d.agendaItemId);
      return { type: d.type, text: d.text, agendaIndex: index < 0 ? null : index, agendaTitle: index < 0 ? null : r.agenda[index]!.title };
    }),
    actions: r.actions.map((a) => toActionView(user, a, today)),
    draftNo: r.draftNo, drafts, pendingChanges, returnNote: r.returnNote, cancelReason: r.cancelReason,
    startedAt: r.startedAt, submittedAt: r.submittedAt, initialedAt: r.initialedAt, signedAt: r.signedAt, publishedAt: r.publishedAt,
    acknowledgments: r.acknowledgments,
    transitions: record ? reviewTransitionsFor(user, record) : [],
    allowed: {
      edit: manage && r.status === "DIJADWALKAN",
      narrate: manage && r.status === "DIJADWALKAN",
      attendance: writer && (r.status === "BERLANGSUNG" || r.status === "DRAF_NOTULEN"),
      minutes: writer && (r.status === "BERLANGSUNG" || r.status === "DRAF_NOTULEN"),
      acknowledge: participant && r.status === "DITERBITKAN" && !r.acknowledgments.some((a) => a.userId === user.id),
      history: can(user, "activity.read", { unitPath: r.agency.path }),
    },
    sections: await sectionsOf(db, { id: r.id, agencyId: r.agencyId, agencyPath: r.agency.path, periodFrom: r.periodFrom, periodTo: r.periodTo, frozenAt: r.frozenAt }, r.sections),
  };
}

/** The agencies a manajer mutu schedules for, with the people and units of the chosen one. */
export async function reviewFormOptions(user: SessionUser, agencyId: string | null): Promise<ReviewFormOptions> {
  const db = await getDb();
  const scope = unitScope(user, "management_review.manage");
  const empty = { agencies: [], units: [], people: [], chairs: [] };
  if (scope.kind === "none") return empty;
  const agencies = await db.unit.findMany({
    where: { type: "PERANGKAT_DAERAH", active: true, ...unitPathWhere(scope) },
    select: { id: true, name: true, path: true }, orderBy: { name: "asc" },
  });
  const agency = agencies.find((a) => a.id === agencyId) ?? agencies[0];
  if (!agency) return empty;
  const [units, people, chairs] = await Promise.all([
    db.unit.findMany({ where: { path: { startsWith: agency.path }, active: true }, select: { id: true, name: true, path: true }, orderBy: { path: "asc" } }),
    db.user.findMany({ where: { active: true, unit: { path: { startsWith: agency.path } } }, select: { id: true, name: true, unit: { select: { name: true } } }, orderBy: { name: "asc" } }),
    db.user.findMany({
      where: { active: true, grants: { some: { role: "PIMPINAN", OR: [{ unitId: null }, { unitId: { in: ancestorIds(agency.path) } }] } } },
      select: { id: true, name: true, unit: { select: { name: true } } }, orderBy: { name: "asc" },
    }),
  ]);
  const person = (u: { id: string; name: string; unit: { name: string } }) => ({ id: u.id, name: u.name, unitName: u.unit.name });
  return { agencies: agencies.map(({ id, name }) => ({ id, name })), units, people: people.map(person), chairs: chairs.map(person) };
}

/** What the minutes form picks from: the agency's people, SOPs, sasaran mutu and temuan. */
export async function minutesOptions(agencyPath: string, agencyId: string): Promise<MinutesOptions> {
  const db = await getDb();
  const [people, sops, objectives, findings] = await Promise.all([
    db.user.findMany({ where: { active: true, unit: { path: { startsWith: agencyPath } } }, select: { id: true, name: true, unit: { select: { name: true } } }, orderBy: { name: "asc" } }),
    db.sop.findMany({ where: { active: true, unit: { path: { startsWith: agencyPath } } }, select: { id: true, number: true, title: true }, orderBy: { title: "asc" }, take: 500 }),
    db.qualityObjective.findMany({ where: { unit: { path: { startsWith: agencyPath } } }, select: { id: true, code: true, year: true, statement: true }, orderBy: [{ year: "desc" }, { code: "asc" }], take: 300 }),
    db.finding.findMany({ where: { agencyId }, select: { id: true, number: true, statement: true }, orderBy: { raisedAt: "desc" }, take: 300 }),
  ]);
  return {
    people: people.map((u) => ({ id: u.id, name: u.name, unitName: u.unit.name })),
    sops: sops.map((s) => ({ id: s.id, label: s.number ? `${s.number} — ${s.title}` : s.title })),
    objectives: objectives.map((o) => ({ id: o.id, label: `${o.code} (${o.year}) ${o.statement}`.slice(0, 160) })),
    findings: findings.map((f) => ({ id: f.id, label: `${f.number} ${f.statement}`.slice(0, 160) })),
  };
}

/** The lines above the agency's name on printed minutes ("PEMERINTAH PROVINSI …"). */
export async function printHeaderLines(agencyPath: string): Promise<string[]> {
  const db = await getDb();
  const ids = ancestorIds(agencyPath).slice(0, -1);
  const above = await db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return ids.map((id) => above.find((u) => u.id === id)?.name ?? "").filter(Boolean).map((n) => n.toUpperCase());
}
