import "server-only";
// Writes of tinjauan manajemen: scheduling the meeting, the narrative of the input pack, the
// attendance, the minutes with decisions and RTL, and the workflow through the shared engine
// (the pack is frozen when the meeting starts; each submission keeps its draft; a return records
// its note on that draft). Each runs in one transaction that authorizes against the agency,
// carries the version the user saw and records activity.
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma, type Tx } from "../db";
import { conflict, forbidden, notFound, ruleBroken, staleRecord } from "../errors";
import { notify } from "../notifications/notify";
import type { AgencyUnit } from "../org/agency";
import { slotTime } from "../audits/rules";
import { runTransition, versionedWrite, type WorkflowStore } from "../workflow/run";
import { actingOnReview, mayWriteMinutes } from "./access";
import { ATTENDANCE_EDITABLE, MINUTES_EDITABLE, REVIEW_STATUS_LABELS, type ManagementReviewStatus } from "./constants";
import { compileInputPack } from "./input-compile";
import { INPUT_SECTION_KEYS } from "./input-types";
import { invitationNotice, publishedActionNotices, REVIEW_NOTICES } from "./notices";
import { agencyPeople, checkAgency, checkPeople } from "./people-checks";
import { formatReviewNumber, type DraftContent } from "./rules";
import type { MinutesValues, ReviewFormValues } from "./schema";
import { REVIEW_WORKFLOW, type ReviewRecord, type ReviewTransition } from "./workflow";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

async function nextReviewNumber(tx: Tx, agency: AgencyUnit, year: number): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`review-number:${agency.id}:${year}`}))`;
  const prefix = formatReviewNumber(agency.shortName ?? agency.name, year, 0).replace(/00$/, "");
  const count = await tx.managementReview.count({ where: { agencyId: agency.id, number: { startsWith: prefix } } });
  return formatReviewNumber(agency.shortName ?? agency.name, year, count + 1);
}

function meetingData(values: ReviewFormValues) {
  return {
    title: values.title, periodFrom: day(values.periodFrom), periodTo: day(values.periodTo), meetingAt: slotTime(values.date, values.time),
    place: values.place, chairId: values.chairId, notulisId: values.notulisId, initialerId: values.initialerId,
  };
}

async function writeInvitations(tx: Tx, reviewId: string, values: ReviewFormValues) {
  await tx.managementReviewUnit.deleteMany({ where: { reviewId } });
  await tx.managementReviewParticipant.deleteMany({ where: { reviewId } });
  await tx.managementReviewAgendaItem.deleteMany({ where: { reviewId } });
  await tx.managementReviewUnit.createMany({ data: values.unitIds.map((unitId) => ({ reviewId, unitId })) });
  await tx.managementReviewParticipant.createMany({ data: values.participantIds.map((userId) => ({ reviewId, userId })) });
  await tx.managementReviewAgendaItem.createMany({ data: values.agenda.map((a, position) => ({ reviewId, position, title: a.title })) });
}

const everyoneOf = (values: Pick<ReviewFormValues, "chairId" | "notulisId" | "initialerId" | "participantIds">) =>
  [...new Set([values.chairId, values.notulisId, values.initialerId, ...values.participantIds])];

export async function createReview(user: SessionUser, values: ReviewFormValues): Promise<{ id: string; number: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const agency = await checkAgency(tx, values.agencyId);
    authorize(user, "management_review.manage", { unitPath: agency.path });
    await checkPeople(tx, agency, values);
    const number = await nextReviewNumber(tx, agency, Number(values.date.slice(0, 4)));
    const review = await tx.managementReview.create({
      data: { ...meetingData(values), agencyId: agency.id, number, createdById: user.id, lastEditedById: user.id },
      select: { id: true, number: true },
    });
    await writeInvitations(tx, review.id, values);
    await tx.managementReviewSection.createMany({ data: INPUT_SECTION_KEYS.map((key) => ({ reviewId: review.id, key })) });
    await recordActivity(tx, { actor: actorOf(user), entity: "management_review", entityId: review.id, action: "create", after: { number, ...values } });
    await notify(tx, { ...invitationNotice(review, values, agency.name), recipientIds: everyoneOf(values), actorId: user.id });
    return review;
  });
}

async function lockReview(tx: Tx, id: string) {
  await tx.$executeRaw`SELECT 1 FROM "ManagementReview" WHERE "id" = ${id} FOR UPDATE`;
  const review = await tx.managementReview.findUnique({
    where: { id },
    select: {
      id: true, number: true, title: true, version: true, status: true, agencyId: true, chairId: true, notulisId: true, initialerId: true, meetingAt: true,
      agency: { select: { id: true, path: true, name: true, shortName: true, type: true } },
      participants: { select: { userId: true } },
    },
  });
  if (!review) throw notFound("Tinjauan manajemen");
  return { ...review, unitPath: review.agency.path, participantIds: review.participants.map((p) => p.userId) };
}

/** Bumps the review's version where it still has the version and state the user saw. */
async function touch(tx: Tx, review: { id: string; version: number; status: ManagementReviewStatus }, user: SessionUser, data: Prisma.ManagementReviewUpdateManyMutationInput = {}) {
  const { count } = await tx.managementReview.updateMany({
    where: { id: review.id, version: review.version, status: review.status },
    data: { ...data, lastEditedById: user.id, version: { increment: 1 } },
  });
  if (count === 0) throw staleRecord();
}

function assertState(status: ManagementReviewStatus, allowed: readonly ManagementReviewStatus[], what: string) {
  if (!allowed.includes(status)) throw ruleBroken(`${what}; rapat ini berstatus ${REVIEW_STATUS_LABELS[status]}.`);
}

/** Changing the meeting while it is only scheduled; newly invited people are told. */
export async function updateReview(user: SessionUser, id: string, version: number, values: ReviewFormValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const review = await lockReview(tx, id);
    authorize(user, "management_review.manage", { unitPath: review.unitPath });
    if (review.version !== version) throw staleRecord();
    assertState(review.status, ["DIJADWALKAN"], "Jadwal rapat hanya dapat diubah sebelum rapat dimulai");
    if (values.agencyId !== review.agencyId) throw conflict("Perangkat Daerah sebuah rapat tidak dapat diganti; jadwalkan rapat baru.", "agencyId");
    await checkPeople(tx, review.agency, values);
    await touch(tx, review, user, meetingData(values));
    await writeInvitations(tx, id, values);
    await recordActivity(tx, { actor: actorOf(user), entity: "management_review", entityId: id, action: "update", after: { ...values } });
    const before = new Set([review.chairId, review.notulisId, review.initialerId, ...review.participantIds]);
    const added = everyoneOf(values).filter((u) => !before.has(u));
    if (added.length > 0) await notify(tx, { ...invitationNotice(review, values, review.agency.name), recipientIds: added, actorId: user.id });
  });
}

/** The manajer mutu's narrative of one input, editable until the meeting starts (then frozen). */
export async function saveNarrative(user: SessionUser, input: { reviewId: string; version: number; key: string; narrative: string | null }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    authorize(user, "management_review.manage", { unitPath: review.unitPath });
    if (review.version !== input.version) throw staleRecord();
    assertState(review.status, ["DIJADWALKAN"], "Narasi bahan masukan dibekukan saat rapat dimulai");
    await touch(tx, review, user);
    const before = await tx.managementReviewSection.findUnique({ where: { reviewId_key: { reviewId: review.id, key: input.key } }, select: { narrative: true } });
    await tx.managementReviewSection.upsert({
      where: { reviewId_key: { reviewId: review.id, key: input.key } },
      create: { reviewId: review.id, key: input.key, narrative: input.narrative },
      update: { narrative: input.narrative },
    });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "management_review", entityId: review.id, action: "narrative",
      before: { bagian: input.key, narasi: before?.narrative ?? null }, after: { bagian: input.key, narasi: input.narrative },
    });
  });
}

/** Attendance of the invited people (seed 001 SOP 18: daftar hadir), at the meeting. */
export async function saveAttendance(user: SessionUser, input: { reviewId: string; version: number; present: string[] }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    if (!mayWriteMinutes(user, review)) throw forbidden();
    if (review.version !== input.version) throw staleRecord();
    assertState(review.status, ATTENDANCE_EDITABLE, "Daftar hadir dicatat saat rapat berlangsung atau notulen disusun");
    const unknown = input.present.filter((id) => !review.participantIds.includes(id));
    if (unknown.length > 0) throw conflict("Daftar hadir hanya memuat peserta yang diundang.", "present");
    await touch(tx, review, user);
    await tx.managementReviewParticipant.updateMany({ where: { reviewId: review.id }, data: { present: false } });
    await tx.managementReviewParticipant.updateMany({ where: { reviewId: review.id, userId: { in: input.present } }, data: { present: true } });
    await recordActivity(tx, { actor: actorOf(user), entity: "management_review", entityId: review.id, action: "attendance", after: { hadir: input.present } });
  });
}

async function checkActionLinks(tx: Tx, agency: AgencyUnit, actions: MinutesValues["actions"]) {
  const ids = (kind: string) => actions.filter((a) => a.linkKind === kind && a.linkId).map((a) => a.linkId as string);
  const [sops, objectives, findings] = await Promise.all([
    tx.sop.count({ where: { id: { in: ids("SOP") }, unit: { path: { startsWith: agency.path } } } }),
    tx.qualityObjective.count({ where: { id: { in: ids("OBJECTIVE") }, unit: { path: { startsWith: agency.path } } } }),
    tx.finding.count({ where: { id: { in: ids("FINDING") }, agencyId: agency.id } }),
  ]);
  if (sops !== new Set(ids("SOP")).size) throw conflict(`Pilih SOP milik ${agency.name}.`, "actions");
  if (objectives !== new Set(ids("OBJECTIVE")).size) throw conflict(`Pilih sasaran mutu milik ${agency.name}.`, "actions");
  if (findings !== new Set(ids("FINDING")).size) throw conflict(`Pilih temuan milik ${agency.name}.`, "actions");
}

/** The minutes per agenda item, the decisions (9.3.3) and the RTL, replaced whole while drafted. */
export async function saveMinutes(user: SessionUser, values: MinutesValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const review = await lockReview(tx, values.reviewId);
    if (!mayWriteMinutes(user, review)) throw forbidden();
    if (review.version !== values.version) throw staleRecord();
    assertState(review.status, MINUTES_EDITABLE, "Notulen dan RTL disusun saat rapat berlangsung atau sebagai draf");
    const agenda = await tx.managementReviewAgendaItem.findMany({ where: { reviewId: review.id }, orderBy: { position: "asc" }, select: { id: true } });
    if (values.minutes.length > agenda.length || values.decisions.some((d) => d.agendaIndex !== null && d.agendaIndex >= agenda.length)) {
      throw conflict("Agenda rapat berubah; muat ulang halaman.", "minutes");
    }
    const pics = await agencyPeople(tx, review.agency, values.actions.map((a) => a.picId));
    if (values.actions.some((a) => !pics.has(a.picId))) throw conflict(`Pilih PIC dari pegawai aktif ${review.agency.name}.`, "actions");
    const meetingDay = isoDay(new Date(review.meetingAt.getTime() + 8 * 3600_000));
    if (values.actions.some((a) => a.dueDate < meetingDay)) throw conflict("Tenggat RTL tidak boleh sebelum tanggal rapat.", "actions");
    await checkActionLinks(tx, review.agency, values.actions);
    await touch(tx, review, user);
    for (const [i, item] of agenda.entries()) {
      await tx.managementReviewAgendaItem.update({ where: { id: item.id }, data: { minutes: values.minutes[i] ?? null } });
    }
    await tx.managementReviewDecision.deleteMany({ where: { reviewId: review.id } });
    await tx.managementReviewAction.deleteMany({ where: { reviewId: review.id } });
    await tx.managementReviewDecision.createMany({
      data: values.decisions.map((d, position) => ({
        reviewId: review.id, position, type: d.type, text: d.text, agendaItemId: d.agendaIndex === null ? null : agenda[d.agendaIndex]!.id,
      })),
    });
    await tx.managementReviewAction.createMany({
      data: values.actions.map((a, position) => ({
        reviewId: review.id, position, description: a.description, picId: a.picId, unitId: pics.get(a.picId)!.unitId, dueDate: day(a.dueDate),
        decisionType: a.decisionType, sopId: a.linkKind === "SOP" ? a.linkId : null, objectiveId: a.linkKind === "OBJECTIVE" ? a.linkId : null,
        findingId: a.linkKind === "FINDING" ? a.linkId : null, reference: a.linkKind === "REFERENCE" ? a.reference : null,
      })),
    });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "management_review", entityId: review.id, action: "minutes",
      after: { keputusan: values.decisions.length, rtl: values.actions.length, notulen: values.minutes },
    });
  });
}

/** The minutes and RTL as they stand, in a draft's words (names, not ids). */
export async function draftContent(tx: Tx, reviewId: string): Promise<DraftContent> {
  const [agenda, decisions, actions] = await Promise.all([
    tx.managementReviewAgendaItem.findMany({ where: { reviewId }, orderBy: { position: "asc" }, select: { title: true, minutes: true } }),
    tx.managementReviewDecision.findMany({ where: { reviewId }, orderBy: { position: "asc" }, select: { type: true, text: true, agendaItem: { select: { title: true } } } }),
    tx.managementReviewAction.findMany({
      where: { reviewId }, orderBy: { position: "asc" },
      select: { description: true, dueDate: true, reference: true, pic: { select: { name: true } }, sop: { select: { title: true } }, objective: { select: { code: true } }, finding: { select: { number: true } } },
    }),
  ]);
  return {
    agenda,
    decisions: decisions.map((d) => ({ type: d.type, text: d.text, agenda: d.agendaItem?.title ?? null })),
    actions: actions.map((a) => ({
      description: a.description, pic: a.pic.name, dueDate: isoDay(a.dueDate),
      reference: a.sop ? `SOP ${a.sop.title}` : a.objective ? `Sasaran mutu ${a.objective.code}` : a.finding ? `Temuan ${a.finding.number}` : a.reference,
    })),
  };
}

async function loadReviewRecord(tx: Tx, id: string): Promise<ReviewRecord | null> {
  const r = await tx.managementReview.findUnique({
    where: { id },
    select: {
      id: true, version: true, status: true, agencyId: true, number: true, title: true, chairId: true, notulisId: true, initialerId: true, frozenAt: true, draftNo: true,
      agency: { select: { path: true } }, participants: { select: { userId: true } },
      agenda: { select: { minutes: true } }, _count: { select: { decisions: true } },
    },
  });
  if (!r) return null;
  return {
    id: r.id, version: r.version, status: r.status, unitPath: r.agency.path, agencyId: r.agencyId, number: r.number, title: r.title,
    chairId: r.chairId, notulisId: r.notulisId, initialerId: r.initialerId, frozenAt: r.frozenAt, draftNo: r.draftNo,
    agendaWithoutMinutes: r.agenda.filter((a) => !a.minutes?.trim()).length, decisionCount: r._count.decisions,
    participantIds: r.participants.map((p) => p.userId),
  };
}

async function returned(tx: Tx, step: "paraf" | "tanda_tangan", { user, record, note, now }: { user: SessionUser; record: ReviewRecord; note: string | null; now: Date }) {
  await tx.managementReviewDraft.updateMany({
    where: { reviewId: record.id, number: record.draftNo },
    data: { returnedAt: now, returnedById: user.id, returnedStep: step, returnNote: note },
  });
}

export const reviewStore: WorkflowStore<ManagementReviewStatus, ReviewRecord, ReviewTransition> = {
  table: "ManagementReview",
  load: loadReviewRecord,
  write: versionedWrite((tx, args) => tx.managementReview.updateMany(args as never)),
  before: {
    // ISO 9001 9.3.2: the pack is stored as it was when the meeting started; later changes in the
    // modules do not alter it. The narrative written until now stays beside the figures.
    async start(tx, { record }) {
      const review = await tx.managementReview.findUniqueOrThrow({ where: { id: record.id }, select: { periodFrom: true, periodTo: true } });
      const pack = await compileInputPack(tx, {
        agencyId: record.agencyId, agencyPath: record.unitPath, reviewId: record.id, period: { from: review.periodFrom, to: review.periodTo },
      });
      for (const key of INPUT_SECTION_KEYS) {
        const data = JSON.parse(JSON.stringify(pack[key])) as Prisma.InputJsonValue;
        await tx.managementReviewSection.upsert({
          where: { reviewId_key: { reviewId: record.id, key } },
          create: { reviewId: record.id, key, data },
          update: { data },
        });
      }
    },
  },
  after: {
    async submit(tx, { user, record, now }) {
      const content = (await draftContent(tx, record.id)) as unknown as Prisma.InputJsonValue;
      await tx.managementReviewDraft.upsert({
        where: { reviewId_number: { reviewId: record.id, number: record.draftNo } },
        create: { reviewId: record.id, number: record.draftNo, content, submittedById: user.id, submittedAt: now },
        update: { content, submittedById: user.id, submittedAt: now, returnedAt: null, returnedById: null, returnedStep: null, returnNote: null },
      });
    },
    return_initial: (tx, ctx) => returned(tx, "paraf", ctx),
    return_sign: (tx, ctx) => returned(tx, "tanda_tangan", ctx),
    async publish(tx, { user, record }) {
      for (const notice of await publishedActionNotices(tx, record)) await notify(tx, { ...notice, actorId: user.id });
    },
  },
  notices: REVIEW_NOTICES,
};

export async function transitionReview(
  user: SessionUser,
  input: { id: string; version: number; transition: ReviewTransition; note: string | null },
  now: Date = new Date(),
): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const review = await tx.managementReview.findUnique({ where: { id: input.id }, select: { initialerId: true, agency: { select: { path: true } } } });
    if (!review) throw notFound("Tinjauan manajemen");
    // The pemaraf acts through their own role lent on the agency for this call (access.ts).
    const acting = actingOnReview(user, { unitPath: review.agency.path, initialerId: review.initialerId }, input.transition);
    await runTransition(tx, REVIEW_WORKFLOW, reviewStore, acting, input, now);
  });
}
