// Distribution of controlled copies (salinan terkendali) of the revision in force and the wajib-baca
// list they put people on. The register's effective step calls `carryDistribution` in its
// transaction; the retention work calls `withdrawAllCopies` when a document is destroyed.
// No "server-only": the seeds (tsx) distribute through the same code.
import { actorOf, recordActivity } from "../activity/record";
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { forbidden, notFound, ruleBroken, staleRecord } from "../errors";
import { notify } from "../notifications/notify";
import { copyReaders, nextCopyNumbers, supersededNote } from "./distribution-rules";
import type { DistributeValues, WithdrawCopyValues } from "./distribution-schema";

export interface DistributionActor {
  id: string;
  name: string;
}

type CopyTarget = { unitId: string; userId: null } | { unitId: null; userId: string };

/** Serialises the copy numbering and the wajib-baca rows of one revision. */
async function lockRevision(tx: Tx, revisionId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "DocumentRevision" WHERE "id" = ${revisionId} FOR UPDATE`;
}

/** Puts the readers of the revision's open copies on its wajib-baca list (those already on it stay as they are). Returns the ids newly added. */
async function assignReaders(tx: Tx, revision: { id: string; documentId: string }, now: Date): Promise<string[]> {
  const copies = await tx.documentDistribution.findMany({
    where: { revisionId: revision.id, withdrawnAt: null },
    select: { id: true, userId: true, unit: { select: { path: true } } },
    orderBy: { copyNo: "asc" },
  });
  if (copies.length === 0) return [];
  const unitPaths = copies.flatMap((c) => (c.unit ? [c.unit.path] : []));
  const userIds = copies.flatMap((c) => (c.userId ? [c.userId] : []));
  const candidates = await tx.user.findMany({
    where: { active: true, OR: [{ id: { in: userIds } }, ...unitPaths.map((path) => ({ unit: { path: { startsWith: path } } }))] },
    select: { id: true, active: true, unit: { select: { path: true } } },
  });
  const users = candidates.map((u) => ({ id: u.id, active: u.active, unitPath: u.unit.path }));
  const existing = new Set(
    (await tx.documentAcknowledgment.findMany({ where: { revisionId: revision.id }, select: { userId: true } })).map((a) => a.userId),
  );
  const rows: { documentId: string; revisionId: string; distributionId: string; userId: string; assignedAt: Date }[] = [];
  for (const copy of copies) {
    for (const userId of copyReaders({ userId: copy.userId, unitPath: copy.unit?.path ?? null }, users)) {
      if (existing.has(userId)) continue;
      existing.add(userId);
      rows.push({ documentId: revision.documentId, revisionId: revision.id, distributionId: copy.id, userId, assignedAt: now });
    }
  }
  if (rows.length > 0) await tx.documentAcknowledgment.createMany({ data: rows, skipDuplicates: true });
  return rows.map((r) => r.userId);
}

async function issueCopies(
  tx: Tx,
  input: { revision: { id: string; documentId: string }; targets: CopyTarget[]; actorId: string | null; now: Date },
): Promise<{ copyNos: number[]; newReaders: string[] }> {
  await lockRevision(tx, input.revision.id);
  const highest = await tx.documentDistribution.aggregate({ where: { revisionId: input.revision.id }, _max: { copyNo: true } });
  const copyNos = nextCopyNumbers(highest._max.copyNo, input.targets.length);
  await tx.documentDistribution.createMany({
    data: input.targets.map((t, i) => ({
      documentId: input.revision.documentId, revisionId: input.revision.id, copyNo: copyNos[i] as number,
      unitId: t.unitId, userId: t.userId, distributedAt: input.now, distributedById: input.actorId,
    })),
  });
  return { copyNos, newReaders: await assignReaders(tx, input.revision, input.now) };
}

async function tellReaders(tx: Tx, input: { documentId: string; code: string; title: string; revisionNo: number; readerIds: string[]; actorId: string | null; revisionId: string }): Promise<number> {
  return notify(tx, {
    event: "document_read_required", recipientIds: input.readerIds, actorId: input.actorId,
    entity: { type: "document", id: input.documentId }, href: `/documents/${input.documentId}`,
    dedupeKey: `document-read-required:${input.revisionId}`,
    title: `Wajib baca: ${input.code} ${input.title} (revisi ${input.revisionNo})`,
    body: "Baca dokumen ini, lalu konfirmasi \"Saya telah membaca dan memahami\" di daftar Dokumen Wajib Baca.",
  });
}

/** The document with its revision in force, for a keeper's distribution. */
async function documentInForce(tx: Tx, documentId: string) {
  const doc = await tx.controlledDocument.findUnique({
    where: { id: documentId },
    select: {
      id: true, code: true, title: true, status: true, agencyId: true,
      unit: { select: { path: true } }, agency: { select: { path: true } },
      revisions: { where: { status: "BERLAKU" }, select: { id: true, revisionNo: true, documentId: true } },
    },
  });
  if (!doc) throw notFound("Dokumen");
  return doc;
}

/**
 * A keeper gives controlled copies of the revision in force to units and/or people of the agency.
 * A unit or person already holding an open copy of it is skipped. Returns the copy numbers issued.
 */
export async function distributeDocument(user: SessionUser, input: DistributeValues, now: Date = new Date()): Promise<{ copyNos: number[]; readers: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const doc = await documentInForce(tx, input.documentId);
    if (!can(user, "document.manage", { unitPath: doc.unit.path })) throw forbidden("Distribusi dilakukan oleh pengendali dokumen atau manajer mutu unit pemilik dokumen.");
    const revision = doc.revisions[0];
    if (doc.status !== "AKTIF" || !revision) throw ruleBroken("Hanya revisi yang sedang berlaku yang dapat didistribusikan.");
    const unitIds = [...new Set(input.unitIds)];
    const userIds = [...new Set(input.userIds)];
    // One query at a time: a transaction holds one connection.
    const units = await tx.unit.findMany({ where: { id: { in: unitIds }, active: true, path: { startsWith: doc.agency.path } }, select: { id: true, name: true } });
    const users = await tx.user.findMany({ where: { id: { in: userIds }, active: true, unit: { path: { startsWith: doc.agency.path } } }, select: { id: true, name: true } });
    if (units.length !== unitIds.length || users.length !== userIds.length) {
      throw ruleBroken("Penerima salinan harus unit atau pegawai aktif di Perangkat Daerah pemilik dokumen.");
    }
    await lockRevision(tx, revision.id);
    // Read again under the lock: a revision superseded or withdrawn meanwhile takes no new copies.
    const locked = await tx.documentRevision.findUnique({ where: { id: revision.id }, select: { status: true } });
    if (locked?.status !== "BERLAKU") throw staleRecord();
    const open = await tx.documentDistribution.findMany({ where: { revisionId: revision.id, withdrawnAt: null }, select: { unitId: true, userId: true } });
    const held = new Set(open.flatMap((c) => [c.unitId, c.userId]).filter((v): v is string => v !== null));
    const targets: CopyTarget[] = [
      ...units.filter((u) => !held.has(u.id)).map((u) => ({ unitId: u.id, userId: null })),
      ...users.filter((u) => !held.has(u.id)).map((u) => ({ unitId: null, userId: u.id })),
    ];
    // Distributing again to holders only adds the people who joined their units since.
    const { copyNos, newReaders } = targets.length > 0
      ? await issueCopies(tx, { revision, targets, actorId: user.id, now })
      : { copyNos: [], newReaders: await assignReaders(tx, revision, now) };
    if (newReaders.length === 0 && copyNos.length === 0) throw ruleBroken("Semua penerima yang dipilih sudah memegang salinan revisi ini dan sudah ada di daftar wajib baca.");
    const names = new Map([...units, ...users].map((r) => [r.id, r.name]));
    await recordActivity(tx, {
      actor: actorOf(user), entity: "document", entityId: doc.id, action: "distribute",
      after: { revisi: revision.revisionNo, salinan: targets.map((t, i) => `${copyNos[i]}: ${names.get(t.unitId ?? t.userId) ?? ""}`), wajibBaca: newReaders.length },
    });
    await tellReaders(tx, { documentId: doc.id, code: doc.code, title: doc.title, revisionNo: revision.revisionNo, readerIds: newReaders, actorId: user.id, revisionId: revision.id });
    return { copyNos, readers: newReaders.length };
  });
}

/**
 * A copy is withdrawn (obsolete, lost, damaged) with a note: the copy stays as the record. Readers it
 * alone put on the list and who have not read yet are no longer asked.
 */
export async function withdrawCopy(user: SessionUser, input: WithdrawCopyValues, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const copy = await tx.documentDistribution.findUnique({
      where: { id: input.distributionId },
      select: {
        id: true, copyNo: true, revisionId: true, withdrawnAt: true, documentId: true,
        document: { select: { unit: { select: { path: true } } } }, revision: { select: { revisionNo: true, status: true } },
        unit: { select: { name: true } }, user: { select: { name: true } },
      },
    });
    if (!copy) throw notFound("Salinan");
    if (!can(user, "document.manage", { unitPath: copy.document.unit.path })) throw forbidden("Salinan ditarik oleh pengendali dokumen atau manajer mutu unit pemilik dokumen.");
    await lockRevision(tx, copy.revisionId);
    const { count } = await tx.documentDistribution.updateMany({
      where: { id: copy.id, withdrawnAt: null },
      data: { withdrawnAt: now, withdrawnById: user.id, withdrawNote: input.note },
    });
    if (count === 0) throw ruleBroken("Salinan ini sudah ditarik.");
    // Pending rows of this copy are dropped, then the other open copies put back whoever they cover.
    await tx.documentAcknowledgment.deleteMany({ where: { distributionId: copy.id, acknowledgedAt: null } });
    if (copy.revision.status === "BERLAKU") await assignReaders(tx, { id: copy.revisionId, documentId: copy.documentId }, now);
    await recordActivity(tx, {
      actor: actorOf(user), entity: "document", entityId: copy.documentId, action: "withdraw",
      after: { revisi: copy.revision.revisionNo, salinan: copy.copyNo, penerima: copy.unit?.name ?? copy.user?.name ?? null }, reason: input.note,
    });
  });
}

/** A keeper reminds the readers of the revision in force who have not acknowledged (once a day each). */
export async function sendReadReminder(user: SessionUser, input: { documentId: string }, now: Date = new Date()): Promise<number> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const doc = await documentInForce(tx, input.documentId);
    if (!can(user, "document.manage", { unitPath: doc.unit.path })) throw forbidden("Pengingat dikirim oleh pengendali dokumen atau manajer mutu unit pemilik dokumen.");
    const revision = doc.revisions[0];
    if (doc.status !== "AKTIF" || !revision) throw ruleBroken("Dokumen ini tidak memiliki revisi yang berlaku.");
    const pending = await tx.documentAcknowledgment.findMany({ where: { revisionId: revision.id, acknowledgedAt: null, user: { active: true } }, select: { userId: true } });
    if (pending.length === 0) throw ruleBroken("Semua penerima sudah mengonfirmasi telah membaca.");
    return notify(tx, {
      event: "document_read_required", recipientIds: pending.map((p) => p.userId), actorId: user.id,
      entity: { type: "document", id: doc.id }, href: "/documents/read",
      dedupeKey: `document-read-reminder:${revision.id}:${now.toISOString().slice(0, 10)}`,
      title: `Pengingat wajib baca: ${doc.code} ${doc.title} (revisi ${revision.revisionNo})`,
      body: "Anda belum mengonfirmasi telah membaca dokumen ini.",
    });
  });
}

/**
 * A new revision took effect: withdraw the open copies of the previous one (with a record) and give
 * the same recipients a copy of the new one, each on the wajib-baca list again. Returns the copies issued.
 */
export async function carryDistribution(
  tx: Tx,
  input: { documentId: string; fromRevisionId: string | null; toRevisionId: string; actor: DistributionActor; now: Date },
): Promise<number> {
  if (!input.fromRevisionId) return 0;
  const to = await tx.documentRevision.findUniqueOrThrow({ where: { id: input.toRevisionId }, select: { id: true, documentId: true, revisionNo: true } });
  const doc = await tx.controlledDocument.findUniqueOrThrow({ where: { id: input.documentId }, select: { code: true, title: true } });
  await lockRevision(tx, input.fromRevisionId);
  const open = await tx.documentDistribution.findMany({
    where: { revisionId: input.fromRevisionId, withdrawnAt: null },
    select: { id: true, unitId: true, userId: true },
    orderBy: { copyNo: "asc" },
  });
  if (open.length === 0) return 0;
  await tx.documentDistribution.updateMany({
    where: { id: { in: open.map((c) => c.id) }, withdrawnAt: null },
    data: { withdrawnAt: input.now, withdrawnById: input.actor.id, withdrawNote: supersededNote(to.revisionNo) },
  });
  // A personal copy goes over only to someone still active and still in the document's agency.
  const agency = await tx.controlledDocument.findUniqueOrThrow({ where: { id: input.documentId }, select: { agency: { select: { path: true } } } });
  const stayed = new Set((await tx.user.findMany({
    where: { id: { in: open.flatMap((c) => (c.userId ? [c.userId] : [])) }, active: true, unit: { path: { startsWith: agency.agency.path } } },
    select: { id: true },
  })).map((u) => u.id));
  const targets = open
    .filter((c) => !c.userId || stayed.has(c.userId))
    .map((c): CopyTarget => (c.userId ? { unitId: null, userId: c.userId } : { unitId: c.unitId as string, userId: null }));
  const { copyNos, newReaders } = await issueCopies(tx, { revision: to, targets, actorId: input.actor.id, now: input.now });
  await recordActivity(tx, {
    actor: actorOf(input.actor), entity: "document", entityId: input.documentId, action: "distribute",
    after: { revisi: to.revisionNo, salinan: copyNos.length, ditarik: open.length, wajibBaca: newReaders.length },
    reason: supersededNote(to.revisionNo),
  });
  await tellReaders(tx, { documentId: input.documentId, code: doc.code, title: doc.title, revisionNo: to.revisionNo, readerIds: newReaders, actorId: input.actor.id, revisionId: to.id });
  return copyNos.length;
}

/** Withdraw every open copy of a document (withdrawn from use, destroyed). Returns how many. */
export async function withdrawAllCopies(
  tx: Tx,
  input: { documentId: string; note: string; actor: DistributionActor; now: Date },
): Promise<number> {
  const { count } = await tx.documentDistribution.updateMany({
    where: { documentId: input.documentId, withdrawnAt: null },
    data: { withdrawnAt: input.now, withdrawnById: input.actor.id, withdrawNote: input.note },
  });
  return count;
}
