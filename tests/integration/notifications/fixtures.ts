// Shared pieces of the notification tests: the demo users and a sasaran mutu built through the
// real workflow.
import type { SessionUser } from "../../../lib/auth/types";
import type { PrismaClient } from "../../../lib/db";
import { createObjective, transitionObjective } from "../../../lib/objectives/mutations";
import type { ObjectiveFormValues } from "../../../lib/objectives/schema";
import { demoUsers } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";

export const DEMO = demoUsers("admin", "adminBiro", "manajer", "kadis", "pegawai", "biro", "bpsmb", "auditor");

let serial = 0;

export async function objectiveValues(db: PrismaClient, owner: SessionUser, overrides: Partial<ObjectiveFormValues> = {}): Promise<ObjectiveFormValues> {
  serial += 1;
  return {
    unitId: await unitId(db, "ntt.dinsos.sekretariat.kepum"), year: 2027, code: `NOTIF-${serial}`,
    statement: "Surat masuk didisposisikan pada hari yang sama.", perspective: "PROSES_INTERNAL", indicator: "Persentase disposisi hari yang sama",
    formula: null, measureUnit: "%", direction: "MINIMAL", target: 90, targetLow: null, targetHigh: null, baseline: null, valueMin: null, valueMax: null,
    frequency: "BULANAN", ownerId: owner.id, dataSource: "Buku agenda", processes: null, sopIds: [], policyId: null, commitmentNo: null,
    ...overrides,
  };
}

export async function submittedObjective(db: PrismaClient, as: { manajer: SessionUser; pegawai: SessionUser }, overrides: Partial<ObjectiveFormValues> = {}) {
  const { id } = await createObjective(as.manajer, await objectiveValues(db, as.pegawai, overrides));
  const o = await db.qualityObjective.findUniqueOrThrow({ where: { id } });
  await transitionObjective(as.manajer, { id, version: o.version, transition: "submit", note: null });
  return db.qualityObjective.findUniqueOrThrow({ where: { id } });
}

export async function approvedObjective(db: PrismaClient, as: { manajer: SessionUser; pegawai: SessionUser; kadis: SessionUser }, overrides: Partial<ObjectiveFormValues> = {}) {
  const o = await submittedObjective(db, as, overrides);
  await transitionObjective(as.kadis, { id: o.id, version: o.version, transition: "approve", note: null });
  return db.qualityObjective.findUniqueOrThrow({ where: { id: o.id } });
}
