import "server-only";
// The audit's schedule (seed 001 SOP Audit Internal: rapat persiapan, pembukaan, a session per
// unit, rapat auditor, penutupan). A session's auditors are team members who are independent of the
// unit (ISO 9001:2015 9.2.2 c) and not booked elsewhere in an overlapping slot; both are decided here.
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { conflict, notFound } from "../errors";
import { agencyOf } from "../org/agency";
import { FINAL_AUDIT_STATUSES, SCHEDULE_KIND_LABELS } from "./constants";
import { assertPlanEditable } from "./mutations";
import { independenceConflict, slotOutsideAudit, slotTime } from "./rules";
import type { ScheduleItemValues } from "./schema";
import { formatTime } from "./format";

async function loadScheduledAudit(tx: Tx, auditId: string) {
  const audit = await tx.audit.findUnique({
    where: { id: auditId },
    select: {
      id: true, status: true, startDate: true, endDate: true, agency: { select: { path: true } },
      units: { select: { unitId: true, unit: { select: { name: true, path: true } } } },
      team: { select: { userId: true } },
    },
  });
  if (!audit) throw notFound("Audit");
  return audit;
}

async function auditorPlacements(tx: Tx, userIds: string[]) {
  const users = await tx.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, name: true, unit: { select: { path: true, name: true } }, grants: { select: { role: true, unit: { select: { path: true, name: true } } } } },
  });
  return users.map((u) => ({
    id: u.id,
    placement: {
      name: u.name, unitPath: u.unit.path, unitName: u.unit.name,
      grants: u.grants.map((g) => ({ role: g.role, unitPath: g.unit?.path ?? null, unitName: g.unit?.name ?? null })),
    },
  }));
}

/** The first session of another (or this) audit that books the auditor in an overlapping slot. */
async function doubleBooking(tx: Tx, userId: string, slot: { startsAt: Date; endsAt: Date }) {
  return tx.auditScheduleItem.findFirst({
    where: {
      auditors: { some: { userId } },
      startsAt: { lt: slot.endsAt },
      endsAt: { gt: slot.startsAt },
      audit: { status: { notIn: [...FINAL_AUDIT_STATUSES] } },
    },
    select: { kind: true, startsAt: true, endsAt: true, audit: { select: { number: true } } },
  });
}

export async function addScheduleItem(user: SessionUser, values: ScheduleItemValues): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Serialize schedule writes per audit (row lock) and per auditor (advisory locks, in one order),
    // so two sessions saved at once cannot both book the same auditor.
    await tx.$executeRawUnsafe(`SELECT 1 FROM "Audit" WHERE "id" = $1 FOR UPDATE`, values.auditId);
    const audit = await loadScheduledAudit(tx, values.auditId);
    authorize(user, "audit.manage", { unitPath: audit.agency.path });
    assertPlanEditable(audit.status);
    const slot = { startsAt: slotTime(values.date, values.startTime), endsAt: slotTime(values.date, values.endTime) };
    if (slotOutsideAudit(slot, audit)) throw conflict("Waktu kegiatan harus berada dalam tanggal audit.", "date");
    const unit = values.unitId ? audit.units.find((u) => u.unitId === values.unitId) : null;
    if (values.unitId && !unit) throw conflict("Pilih unit yang termasuk lingkup audit ini.", "unitId");
    const outsider = values.auditorIds.find((id) => !audit.team.some((m) => m.userId === id));
    if (outsider) throw conflict("Pilih auditor dari tim audit ini.", "auditorIds");

    const agency = await agencyOf(tx, audit.agency.path);
    for (const { id, placement } of await auditorPlacements(tx, values.auditorIds)) {
      if (unit) {
        const refusal = independenceConflict(placement, { path: unit.unit.path, name: unit.unit.name }, agency.path);
        if (refusal) throw conflict(refusal, "auditorIds");
      }
    }
    for (const id of [...values.auditorIds].sort()) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`audit-auditor:${id}`}))`;
    }
    for (const { id, placement } of await auditorPlacements(tx, values.auditorIds)) {
      const booked = await doubleBooking(tx, id, slot);
      if (booked) {
        throw conflict(
          `${placement.name} sudah dijadwalkan pada ${SCHEDULE_KIND_LABELS[booked.kind].toLowerCase()} audit ${booked.audit.number} pukul ${formatTime(booked.startsAt)}–${formatTime(booked.endsAt)} yang bertumpuk dengan waktu ini.`,
          "auditorIds",
        );
      }
    }
    const item = await tx.auditScheduleItem.create({
      data: {
        auditId: audit.id, kind: values.kind, unitId: values.unitId, startsAt: slot.startsAt, endsAt: slot.endsAt, place: values.place, note: values.note,
        auditors: { create: values.auditorIds.map((userId) => ({ userId })) },
      },
      select: { id: true },
    });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "audit", entityId: audit.id, action: "schedule",
      after: { kind: values.kind, unitId: values.unitId, startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), auditorIds: values.auditorIds },
    });
    return item;
  });
}

export async function removeScheduleItem(user: SessionUser, auditId: string, itemId: string): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT 1 FROM "Audit" WHERE "id" = $1 FOR UPDATE`, auditId);
    const audit = await loadScheduledAudit(tx, auditId);
    authorize(user, "audit.manage", { unitPath: audit.agency.path });
    assertPlanEditable(audit.status);
    const item = await tx.auditScheduleItem.findFirst({ where: { id: itemId, auditId }, select: { kind: true, unitId: true, startsAt: true, endsAt: true } });
    if (!item) throw notFound("Jadwal");
    await tx.auditScheduleItem.delete({ where: { id: itemId } });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "audit", entityId: auditId, action: "unschedule",
      before: { kind: item.kind, unitId: item.unitId, startsAt: item.startsAt.toISOString(), endsAt: item.endsAt.toISOString() },
    });
  });
}
