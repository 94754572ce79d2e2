import "server-only";
import { programmeNotices } from "./notices";
// Writes of the audit programme: create, edit a draft, start from an earlier year's programme and
// the approval workflow through the shared engine. Each write is one transaction that authorizes
// against the agency, carries the version the user saw and records activity.
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { conflict, DomainError, notFound, ruleBroken, staleRecord } from "../errors";
import { agencySettingOf } from "../objectives/mutations";
import { runTransition, versionedWrite, type WorkflowStore } from "../workflow/run";
import { PROGRAMME_EDITABLE, PROGRAMME_OWNER_TYPES, PROGRAMME_STATUS_LABELS, type ProgrammeStatus } from "./programme-constants";
import type { ProgrammeCopyValues, ProgrammeFormValues, ProgrammeUpdateInput, RoundValues } from "./programme-schema";
import { PROGRAMME_WORKFLOW, type ProgrammeRecord, type ProgrammeTransition } from "./programme-workflow";

/** The agency must be a Perangkat Daerah; every unit and SOP named must belong to it. */
async function checkReferences(tx: Tx, values: ProgrammeFormValues): Promise<{ agencyPath: string }> {
  const agency = await tx.unit.findUnique({ where: { id: values.agencyId }, select: { path: true, type: true } });
  if (!agency || !(PROGRAMME_OWNER_TYPES as readonly string[]).includes(agency.type)) {
    throw new DomainError("INVALID", "Pilih Perangkat Daerah pemilik program.", { agencyId: ["Pilih Perangkat Daerah."] });
  }
  const errors: Record<string, string[]> = {};
  for (const [i, round] of values.rounds.entries()) {
    const unitIds = [...new Set(round.unitIds)];
    const units = await tx.unit.count({ where: { id: { in: unitIds }, path: { startsWith: agency.path } } });
    if (units !== unitIds.length) errors[`rounds.${i}.unitIds`] = ["Unit yang diaudit harus unit Perangkat Daerah ini."];
    const sopIds = [...new Set(round.sopIds)];
    const sops = await tx.sop.count({ where: { id: { in: sopIds }, unit: { path: { startsWith: agency.path } } } });
    if (sops !== sopIds.length) errors[`rounds.${i}.sopIds`] = ["SOP yang diaudit harus SOP Perangkat Daerah ini."];
  }
  if (Object.keys(errors).length > 0) throw new DomainError("INVALID", "Periksa kembali isian yang ditandai.", errors);
  return { agencyPath: agency.path };
}

async function assertYearFree(tx: Tx, agencyId: string, year: number, exceptId?: string) {
  const taken = await tx.auditProgramme.findFirst({
    where: { agencyId, year, status: { not: "DIBATALKAN" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw conflict(`Program audit tahun ${year} untuk Perangkat Daerah ini sudah ada.`, "year");
}

const roundData = (round: RoundValues) => ({
  name: round.name, startMonth: round.startMonth, endMonth: round.endMonth,
  clauses: [...new Set(round.clauses)], focus: round.focus ?? null,
});

/**
 * Rounds are matched by number: kept rows are updated (so audits linked to a round stay linked),
 * new numbers created, and a dropped round removed unless an audit already carries it out.
 */
async function writeRounds(tx: Tx, programmeId: string, rounds: RoundValues[]) {
  const existing = await tx.auditRound.findMany({ where: { programmeId }, select: { id: true, roundNo: true, _count: { select: { audits: true } } } });
  for (const old of existing.filter((r) => r.roundNo > rounds.length)) {
    if (old._count.audits > 0) throw ruleBroken(`Putaran ${old.roundNo} sudah memiliki rencana audit dan tidak dapat dihapus.`);
    await tx.auditRound.delete({ where: { id: old.id } });
  }
  for (const [i, round] of rounds.entries()) {
    const roundNo = i + 1;
    const kept = existing.find((r) => r.roundNo === roundNo);
    const id = kept
      ? (await tx.auditRound.update({ where: { id: kept.id }, data: roundData(round), select: { id: true } })).id
      : (await tx.auditRound.create({ data: { programmeId, roundNo, ...roundData(round) }, select: { id: true } })).id;
    await tx.auditRoundUnit.deleteMany({ where: { roundId: id } });
    await tx.auditRoundUnit.createMany({ data: [...new Set(round.unitIds)].map((unitId) => ({ roundId: id, unitId })) });
    await tx.auditRoundSop.deleteMany({ where: { roundId: id } });
    await tx.auditRoundSop.createMany({ data: [...new Set(round.sopIds)].map((sopId) => ({ roundId: id, sopId })) });
  }
}

const snapshot = (values: ProgrammeFormValues) => ({
  year: values.year, objectives: values.objectives,
  rounds: values.rounds.map((r, i) => ({ roundNo: i + 1, ...roundData(r), unitIds: r.unitIds, sopIds: r.sopIds })),
});

export async function createProgramme(user: SessionUser, values: ProgrammeFormValues): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { agencyPath } = await checkReferences(tx, values);
    authorize(user, "audit_programme.manage", { unitPath: agencyPath });
    await assertYearFree(tx, values.agencyId, values.year);
    const created = await tx.auditProgramme.create({
      data: { agencyId: values.agencyId, year: values.year, objectives: values.objectives, createdById: user.id, lastEditedById: user.id },
      select: { id: true },
    });
    await writeRounds(tx, created.id, values.rounds);
    await recordActivity(tx, { actor: actorOf(user), entity: "audit_programme", entityId: created.id, action: "create", after: snapshot(values) });
    return created;
  });
}

async function loadForEdit(tx: Tx, id: string) {
  const p = await tx.auditProgramme.findUnique({
    where: { id },
    select: { id: true, agencyId: true, year: true, objectives: true, status: true, version: true, agency: { select: { path: true } } },
  });
  if (!p) throw notFound("Program audit");
  return p;
}

export async function updateProgramme(user: SessionUser, input: ProgrammeUpdateInput): Promise<void> {
  const { id, version, values } = input;
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await loadForEdit(tx, id);
    authorize(user, "audit_programme.manage", { unitPath: before.agency.path });
    if (before.version !== version) throw staleRecord();
    if (!PROGRAMME_EDITABLE.includes(before.status)) {
      throw ruleBroken(`Program audit berstatus ${PROGRAMME_STATUS_LABELS[before.status]} tidak dapat diubah; buka untuk perubahan terlebih dahulu.`);
    }
    if (values.agencyId !== before.agencyId) throw ruleBroken("Perangkat Daerah pemilik program tidak dapat diganti.");
    await checkReferences(tx, values);
    await assertYearFree(tx, before.agencyId, values.year, id);
    const { count } = await tx.auditProgramme.updateMany({
      where: { id, version, status: { in: [...PROGRAMME_EDITABLE] } },
      data: { year: values.year, objectives: values.objectives, lastEditedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord();
    await writeRounds(tx, id, values.rounds);
    await recordActivity(tx, {
      actor: actorOf(user), entity: "audit_programme", entityId: id, action: "update",
      before: { year: before.year, objectives: before.objectives }, after: snapshot(values),
    });
  });
}

/**
 * "Mulai dari program tahun lalu": a new draft with the earlier programme's objectives and rounds
 * (units, SOPs still active, clauses, months); its status, approval and audits are not carried over.
 */
export async function copyProgramme(user: SessionUser, input: ProgrammeCopyValues): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const source = await tx.auditProgramme.findUnique({
      where: { id: input.sourceId },
      select: {
        id: true, agencyId: true, year: true, objectives: true, agency: { select: { path: true } },
        rounds: {
          orderBy: { roundNo: "asc" },
          select: { name: true, startMonth: true, endMonth: true, clauses: true, focus: true, units: { select: { unitId: true, unit: { select: { active: true } } } }, sops: { select: { sopId: true, sop: { select: { active: true } } } } },
        },
      },
    });
    if (!source) throw notFound("Program audit");
    authorize(user, "audit_programme.manage", { unitPath: source.agency.path });
    if (input.year <= source.year) throw new DomainError("INVALID", "Tahun program baru harus setelah tahun program asal.", { year: ["Pilih tahun setelah tahun program asal."] });
    await assertYearFree(tx, source.agencyId, input.year);
    const rounds: RoundValues[] = source.rounds.map((r) => ({
      name: r.name, startMonth: r.startMonth, endMonth: r.endMonth, clauses: r.clauses, focus: r.focus,
      unitIds: r.units.filter((u) => u.unit.active).map((u) => u.unitId),
      sopIds: r.sops.filter((s) => s.sop.active).map((s) => s.sopId),
    }));
    const created = await tx.auditProgramme.create({
      data: { agencyId: source.agencyId, year: input.year, objectives: source.objectives, copiedFromId: source.id, createdById: user.id, lastEditedById: user.id },
      select: { id: true },
    });
    await writeRounds(tx, created.id, rounds);
    await recordActivity(tx, {
      actor: actorOf(user), entity: "audit_programme", entityId: created.id, action: "copy",
      before: { programmeId: source.id, year: source.year }, after: { year: input.year, rounds: rounds.length },
    });
    return created;
  });
}

async function loadProgrammeRecord(tx: Tx, id: string): Promise<ProgrammeRecord | null> {
  const p = await tx.auditProgramme.findUnique({
    where: { id },
    select: { id: true, version: true, status: true, agencyId: true, year: true, submittedById: true, lastEditedById: true, agency: { select: { path: true } } },
  });
  if (!p) return null;
  return {
    id: p.id, version: p.version, status: p.status as ProgrammeStatus, agencyId: p.agencyId, year: p.year,
    submittedById: p.submittedById, lastEditedById: p.lastEditedById,
    unitPath: p.agency.path, selfApprovalAllowed: await agencySettingOf(tx, p.agency.path),
  };
}

export const programmeStore: WorkflowStore<ProgrammeStatus, ProgrammeRecord, ProgrammeTransition> = {
  table: "AuditProgramme",
  load: loadProgrammeRecord,
  write: versionedWrite((tx, args) => tx.auditProgramme.updateMany(args as never)),
  notices: programmeNotices,
  before: {
    // A programme can only be submitted with its rounds complete (a draft copied from last year
    // may have lost units that were dissolved meanwhile).
    async submit(tx, { record }) {
      const rounds = await tx.auditRound.findMany({ where: { programmeId: record.id }, select: { roundNo: true, _count: { select: { units: true } } } });
      if (rounds.length < 2) throw ruleBroken("Program audit memuat paling sedikit dua putaran sebelum diajukan.");
      const empty = rounds.find((r) => r._count.units === 0);
      if (empty) throw ruleBroken(`Putaran ${empty.roundNo} belum memuat unit yang diaudit.`);
    },
  },
};

export async function transitionProgramme(
  user: SessionUser,
  input: { id: string; version: number; transition: ProgrammeTransition; note: string | null },
): Promise<void> {
  const db = await getDb();
  await db.$transaction((tx) => runTransition(tx, PROGRAMME_WORKFLOW, programmeStore, user, input));
}
