import "server-only";
// Kebijakan Mutu (ISO 9001 5.2): drafted by the manajer mutu, approved by the agency's pimpinan.
// One revision model: the version in force plus at most one pending draft, which supersedes it
// when approved (the superseded version's history says so too).
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { conflict, notFound, ruleBroken, staleRecord } from "../errors";
import { PENDING_STATES } from "../workflow";
import { runTransition, versionedWrite, type WorkflowStore } from "../workflow/run";
import { POLICY_STATUS_LABELS, type PolicyStatus } from "./constants";
import { agencySettingOf } from "./mutations";
import { policyNotices } from "./notices";
import { POLICY_WORKFLOW, type PolicyRecord } from "./workflow";

const EDITABLE: PolicyStatus[] = ["DRAF", "DIKEMBALIKAN"];

export async function createPolicy(user: SessionUser, values: { agencyId: string; statement: string; commitments: string[] }): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const agency = await tx.unit.findUnique({ where: { id: values.agencyId }, select: { path: true, active: true } });
    if (!agency || !agency.active) throw notFound("Perangkat Daerah");
    authorize(user, "policy.manage", { unitPath: agency.path });
    const pending = await tx.qualityPolicy.findFirst({ where: { agencyId: values.agencyId, status: { in: [...PENDING_STATES] } }, select: { versionNo: true } });
    if (pending) throw conflict(`Draf kebijakan mutu versi ${pending.versionNo} belum selesai: lanjutkan atau batalkan draf itu dahulu.`);
    const last = await tx.qualityPolicy.findFirst({ where: { agencyId: values.agencyId }, orderBy: { versionNo: "desc" }, select: { versionNo: true } });
    const created = await tx.qualityPolicy.create({
      data: { ...values, versionNo: (last?.versionNo ?? 0) + 1, createdById: user.id, lastEditedById: user.id },
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
    if (!EDITABLE.includes(policy.status)) {
      throw ruleBroken(`Kebijakan berstatus ${POLICY_STATUS_LABELS[policy.status]} tidak dapat diubah; buat versi baru.`);
    }
    const { count } = await tx.qualityPolicy.updateMany({
      where: { id, version, status: { in: EDITABLE } },
      data: { ...values, lastEditedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord();
    await recordActivity(tx, {
      actor: actorOf(user), entity: "quality_policy", entityId: id, action: "update",
      before: { statement: policy.statement, commitments: policy.commitments }, after: values,
    });
  });
}

type PolicyTransition = keyof typeof POLICY_WORKFLOW.transitions;

const policyStore: WorkflowStore<PolicyStatus, PolicyRecord, PolicyTransition> = {
  table: "QualityPolicy",
  async load(tx: Tx, id: string) {
    const p = await tx.qualityPolicy.findUnique({
      where: { id },
      select: { id: true, version: true, status: true, agencyId: true, versionNo: true, submittedById: true, lastEditedById: true, agency: { select: { path: true } } },
    });
    if (!p) return null;
    const { agency, ...rest } = p;
    return { ...rest, unitPath: agency.path, selfApprovalAllowed: await agencySettingOf(tx, agency.path) };
  },
  write: versionedWrite((tx, args) => tx.qualityPolicy.updateMany(args as never)),
  notices: policyNotices,
  before: {
    // The version in force steps down first: an agency has one policy in force at a time.
    async approve(tx, { user, record }) {
      const current = await tx.qualityPolicy.findFirst({ where: { agencyId: record.agencyId, status: "DISETUJUI" }, select: { id: true, version: true, versionNo: true } });
      if (!current) return;
      const { count } = await tx.qualityPolicy.updateMany({
        where: { id: current.id, version: current.version, status: "DISETUJUI" },
        data: { status: "DIGANTIKAN", version: { increment: 1 } },
      });
      if (count === 0) throw staleRecord();
      await recordActivity(tx, {
        actor: actorOf(user), entity: "quality_policy", entityId: current.id, action: "supersede",
        before: { status: "DISETUJUI" }, after: { status: "DIGANTIKAN", digantikanOleh: `versi ${record.versionNo}` },
      });
    },
  },
};

export async function transitionPolicy(user: SessionUser, input: { id: string; version: number; transition: PolicyTransition; note: string | null }): Promise<void> {
  const db = await getDb();
  await db.$transaction((tx) => runTransition(tx, POLICY_WORKFLOW, policyStore, user, input));
}
