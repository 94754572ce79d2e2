// Kebijakan Mutu: drafted by the manajer mutu, approved by the agency's pimpinan; approving a new
// version supersedes the one in force.
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { notFound, ruleBroken, staleRecord } from "../errors";
import { POLICY_STATUS_LABELS, type PolicyStatus } from "./constants";
import { POLICY_TRANSITIONS, type PolicyTransition } from "./rules";

export async function createPolicy(user: SessionUser, values: { agencyId: string; statement: string; commitments: string[] }): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const agency = await tx.unit.findUnique({ where: { id: values.agencyId }, select: { path: true, active: true } });
    if (!agency || !agency.active) throw notFound("Perangkat Daerah");
    authorize(user, "policy.manage", { unitPath: agency.path });
    const last = await tx.qualityPolicy.findFirst({ where: { agencyId: values.agencyId }, orderBy: { versionNo: "desc" }, select: { versionNo: true } });
    const created = await tx.qualityPolicy.create({
      data: { ...values, versionNo: (last?.versionNo ?? 0) + 1, createdById: user.id },
      select: { id: true, versionNo: true, statement: true, commitments: true },
    });
    await recordActivity(tx, { actor: actorOf(user), entity: "quality_policy", entityId: created.id, action: "create", after: created });
    return { id: created.id };
  });
}

export async function updatePolicy(user: SessionUser, id: string, version: number, values: { statement: string; commitments: string[] }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const policy = await tx.qualityPolicy.findUnique({
      where: { id },
      select: { status: true, version: true, statement: true, commitments: true, agency: { select: { path: true } } },
    });
    if (!policy) throw notFound("Kebijakan mutu");
    authorize(user, "policy.manage", { unitPath: policy.agency.path });
    if (policy.version !== version) throw staleRecord();
    if (policy.status !== "DRAF" && policy.status !== "DIKEMBALIKAN") {
      throw ruleBroken(`Kebijakan berstatus ${POLICY_STATUS_LABELS[policy.status]} tidak dapat diubah; buat versi baru.`);
    }
    await tx.qualityPolicy.update({ where: { id }, data: { ...values, version: { increment: 1 } } });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "quality_policy", entityId: id, action: "update",
      before: { statement: policy.statement, commitments: policy.commitments }, after: values,
    });
  });
}

export async function transitionPolicy(
  user: SessionUser,
  input: { id: string; version: number; transition: PolicyTransition; note: string | null },
): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const policy = await tx.qualityPolicy.findUnique({
      where: { id: input.id },
      select: { status: true, version: true, agencyId: true, agency: { select: { path: true } } },
    });
    if (!policy) throw notFound("Kebijakan mutu");
    const rule = POLICY_TRANSITIONS[input.transition];
    authorize(user, rule.permission, { unitPath: policy.agency.path });
    if (policy.version !== input.version) throw staleRecord();
    if (!(rule.from as readonly PolicyStatus[]).includes(policy.status)) {
      throw ruleBroken(`Kebijakan berstatus ${POLICY_STATUS_LABELS[policy.status]} tidak dapat diproses dengan cara ini.`);
    }
    const now = new Date();
    if (input.transition === "approve") {
      await tx.qualityPolicy.updateMany({
        where: { agencyId: policy.agencyId, status: "DISETUJUI" },
        data: { status: "DIGANTIKAN", version: { increment: 1 } },
      });
    }
    const data = {
      submit: { submittedAt: now, returnNote: null },
      approve: { approvedAt: now, approvedById: user.id, approvedBy: user.name, returnNote: null },
      return: { returnNote: input.note },
    }[input.transition];
    await tx.qualityPolicy.update({ where: { id: input.id }, data: { ...data, status: rule.to, version: { increment: 1 } } });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "quality_policy", entityId: input.id, action: input.transition,
      before: { status: policy.status }, after: { status: rule.to }, reason: input.note,
    });
  });
}
