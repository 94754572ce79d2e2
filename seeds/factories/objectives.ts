// Record builders for kebijakan mutu, sasaran mutu and their measurements, shared by the seed
// script and the tests. Each finds its record by natural key first, so loading twice changes nothing.
import { recordActivity, type Actor } from "../../lib/activity/record";
import type { PrismaClient } from "../../lib/db";
import type { MeasurementFrequency, Perspective, TargetDirection } from "../../lib/objectives/constants";
import { isAchieved } from "../../lib/objectives/rules";

export async function ensureApprovedPolicy(
  db: PrismaClient,
  spec: { agencyId: string; statement: string; commitments: string[]; approver: Actor },
): Promise<{ id: string }> {
  const existing = await db.qualityPolicy.findFirst({ where: { agencyId: spec.agencyId, status: "DISETUJUI" }, select: { id: true } });
  if (existing) return existing;
  return db.$transaction(async (tx) => {
    const now = new Date();
    const policy = await tx.qualityPolicy.create({
      data: {
        agencyId: spec.agencyId, versionNo: 1, statement: spec.statement, commitments: spec.commitments, status: "DISETUJUI",
        submittedAt: now, approvedAt: now, approvedById: spec.approver.id, approvedBy: spec.approver.label,
      },
      select: { id: true, versionNo: true, statement: true, commitments: true, status: true },
    });
    await recordActivity(tx, { actor: spec.approver, entity: "quality_policy", entityId: policy.id, action: "create", after: policy });
    return { id: policy.id };
  });
}

export interface ObjectiveSpec {
  unitId: string;
  year: number;
  code: string;
  statement: string;
  perspective: Perspective;
  indicator: string;
  formula?: string;
  measureUnit: string;
  direction: TargetDirection;
  target?: number;
  targetLow?: number;
  targetHigh?: number;
  baseline?: number;
  frequency: MeasurementFrequency;
  ownerId: string;
  dataSource: string;
  processes?: string;
  policyId?: string;
  commitmentNo?: number;
  sopIds?: string[];
  status: "DRAF" | "DIAJUKAN" | "DISETUJUI";
  approver?: Actor;
  /** Realised values by period (1-based); a missed target gets `analysis`. */
  measurements?: { period: number; value: number; note?: string; analysis?: string }[];
}

export async function ensureObjective(db: PrismaClient, spec: ObjectiveSpec, author: Actor): Promise<{ id: string; created: boolean }> {
  const existing = await db.qualityObjective.findUnique({
    where: { unitId_year_code: { unitId: spec.unitId, year: spec.year, code: spec.code } },
    select: { id: true },
  });
  if (existing) return { id: existing.id, created: false };
  return db.$transaction(async (tx) => {
    const now = new Date();
    const approved = spec.status === "DISETUJUI";
    // Demo objectives were approved at the start of their year, so every period of it is due.
    const approvedAt = new Date(Math.min(now.getTime(), Date.UTC(spec.year, 0, 2)));
    const objective = await tx.qualityObjective.create({
      data: {
        unitId: spec.unitId, year: spec.year, code: spec.code, statement: spec.statement, perspective: spec.perspective,
        indicator: spec.indicator, formula: spec.formula ?? null, measureUnit: spec.measureUnit, direction: spec.direction,
        target: spec.target ?? null, targetLow: spec.targetLow ?? null, targetHigh: spec.targetHigh ?? null,
        baseline: spec.baseline ?? null, frequency: spec.frequency, ownerId: spec.ownerId, dataSource: spec.dataSource,
        processes: spec.processes ?? null, policyId: spec.policyId ?? null, commitmentNo: spec.commitmentNo ?? null,
        status: spec.status, createdById: author.id, lastEditedById: author.id,
        submittedAt: spec.status === "DRAF" ? null : approvedAt, submittedById: spec.status === "DRAF" ? null : author.id,
        approvedAt: approved ? approvedAt : null, approvedById: approved ? spec.approver?.id : null, approvedBy: approved ? spec.approver?.label : null,
        sops: { create: (spec.sopIds ?? []).map((sopId) => ({ sopId })) },
      },
      select: {
        id: true, status: true, unitId: true, year: true, code: true, statement: true, perspective: true, indicator: true, formula: true,
        measureUnit: true, direction: true, target: true, targetLow: true, targetHigh: true, baseline: true, frequency: true,
        ownerId: true, dataSource: true, processes: true, policyId: true, commitmentNo: true,
      },
    });
    await recordActivity(tx, { actor: author, entity: "objective", entityId: objective.id, action: "create", after: objective });
    if (approved && spec.approver) {
      await recordActivity(tx, { actor: spec.approver, entity: "objective", entityId: objective.id, action: "approve", after: { status: "DISETUJUI" } });
      const { id: _id, status: _s, ...definition } = objective;
      await tx.objectiveRevision.create({
        data: {
          objectiveId: objective.id, revisionNo: 1, reason: "Definisi awal", status: "DISETUJUI",
          definition: { ...definition, sopIds: spec.sopIds ?? [] }, approvedAt, approvedById: spec.approver.id, approvedBy: spec.approver.label,
          createdById: author.id, createdBy: author.label,
        },
      });
    }
    const owner = await tx.user.findUniqueOrThrow({ where: { id: spec.ownerId }, select: { id: true, name: true } });
    for (const m of spec.measurements ?? []) {
      const target = { direction: objective.direction, target: objective.target, targetLow: objective.targetLow, targetHigh: objective.targetHigh };
      const achieved = isAchieved(target, m.value);
      await tx.objectiveMeasurement.create({
        data: {
          objectiveId: objective.id, period: m.period, value: m.value, ...target, note: m.note ?? null,
          analysis: achieved ? null : m.analysis ?? "Analisis penyebab belum dilengkapi.", enteredById: owner.id, enteredBy: owner.name,
        },
      });
      await recordActivity(tx, {
        actor: { id: owner.id, label: owner.name }, entity: "objective", entityId: objective.id, action: "measure",
        after: { period: m.period, value: m.value, achieved },
      });
    }
    return { id: objective.id, created: true };
  });
}
