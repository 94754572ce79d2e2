// Recording the realised value of a period (ISO 9001 9.1.1): by the objective's PIC, or a manajer
// mutu of its unit, once the objective has been approved.
import "server-only";
import { actorOf, recordActivity } from "../activity/record";
import { checkEvidence, storeAttachment, type UploadedFile } from "../attachments/store";
import { mayMeasureObjective } from "../auth/record-rules";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { DomainError, conflict, forbidden, notFound, ruleBroken, staleRecord } from "../errors";
import { EVIDENCE_MAX_BYTES } from "./constants";
import { formatDecimal } from "../utils/number";
import { isAchieved, periodCount, periodLabel, periodStart, valueBounds, valueOutOfBounds } from "./rules";
import type { MeasurementValues } from "./schema";

export async function recordMeasurement(
  user: SessionUser,
  values: MeasurementValues,
  evidence: UploadedFile | null,
  today: Date = new Date(),
): Promise<{ achieved: boolean }> {
  if (evidence) checkEvidence(evidence, EVIDENCE_MAX_BYTES);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const objective = await tx.qualityObjective.findUnique({
      where: { id: values.objectiveId },
      select: {
        id: true, ownerId: true, status: true, approvedAt: true, year: true, frequency: true,
        direction: true, target: true, targetLow: true, targetHigh: true, measureUnit: true,
        valueMin: true, valueMax: true, unit: { select: { path: true } },
      },
    });
    if (!objective) throw notFound("Sasaran mutu");
    if (!mayMeasureObjective(user, { ownerId: objective.ownerId, unitPath: objective.unit.path })) throw forbidden("Hanya PIC sasaran ini atau manajer mutu unitnya yang dapat mencatat pengukuran.");
    if (objective.status === "DITUTUP") throw ruleBroken("Sasaran ini sudah ditutup.");
    if (!objective.approvedAt) throw ruleBroken("Sasaran ini belum disetujui pimpinan, sehingga belum dapat diukur.");
    if (values.period > periodCount(objective.frequency)) throw conflict("Periode tidak sesuai frekuensi pengukuran.", "period");
    if (today < periodStart(objective.year, objective.frequency, values.period)) throw conflict(`Periode ${periodLabel(objective.frequency, values.period)} ${objective.year} belum dimulai.`, "period");

    // A value outside what the unit (or the objective) allows is a typo, not a result (1000000,5 %).
    const bounds = valueBounds(objective.measureUnit, objective);
    const outOfBounds = valueOutOfBounds(values.value, bounds, objective.measureUnit, formatDecimal);
    if (outOfBounds) throw new DomainError("INVALID", outOfBounds, { value: [outOfBounds] });

    const spec = { direction: objective.direction, target: objective.target, targetLow: objective.targetLow, targetHigh: objective.targetHigh };
    const achieved = isAchieved(spec, values.value);
    if (!achieved && !values.analysis) {
      throw new DomainError("INVALID", "Target tidak tercapai: tuliskan analisis penyebabnya.", {
        analysis: ["Wajib diisi bila target tidak tercapai."],
      });
    }
    const existing = await tx.objectiveMeasurement.findUnique({
      where: { objectiveId_period: { objectiveId: objective.id, period: values.period } },
      select: { id: true, version: true, value: true, evidenceId: true, direction: true, target: true, targetLow: true, targetHigh: true },
    });
    if (existing && values.version === null) {
      throw conflict("Periode ini sudah diukur oleh pengguna lain. Muat ulang halaman untuk mengoreksinya.", "period");
    }
    if (existing && existing.version !== values.version) throw staleRecord();
    const evidenceId = evidence ? await storeAttachment(tx, evidence, user.id) : existing?.evidenceId ?? null;
    const data = {
      value: values.value, note: values.note, analysis: achieved ? null : values.analysis, evidenceUrl: values.evidenceUrl,
      evidenceId, enteredById: user.id, enteredBy: user.name, ...spec,
    };
    if (existing) {
      // The version in the where-clause: of two corrections made at once, the second is refused.
      const { count } = await tx.objectiveMeasurement.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw staleRecord();
    } else {
      await tx.objectiveMeasurement.create({ data: { ...data, objectiveId: objective.id, period: values.period } });
    }
    await recordActivity(tx, {
      actor: actorOf(user), entity: "objective", entityId: objective.id, action: "measure",
      before: existing ? { period: values.period, value: existing.value, achieved: isAchieved(existing, existing.value) } : null,
      after: { period: values.period, value: values.value, achieved },
    });
    return { achieved };
  });
}
