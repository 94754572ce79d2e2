import "server-only";
// The records waiting for someone: for the pimpinan, what they may approve now (the workflow's own
// allowedTransitions decides, so the list equals the buttons they would see); for the manajer mutu,
// what came back to fix and the drafts not yet submitted. Read inside the unit scope of the
// permission that acts on them.
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { OBJECTIVE_STATUS_LABELS, POLICY_STATUS_LABELS, REVISION_STATUS_LABELS } from "../objectives/constants";
import { OBJECTIVE_REVISION_WORKFLOW, OBJECTIVE_WORKFLOW, POLICY_WORKFLOW } from "../objectives/workflow";
import { allowedTransitions } from "../workflow";
import { destructionApprovalQueue, documentRevisionQueue } from "../documents/queue-data";
import type { QueueItem } from "./types";

/** Units whose agency lets one person submit and approve (separation of duties waived). */
async function selfApprovalPaths(): Promise<string[]> {
  const db = await getDb();
  return (await db.unit.findMany({ where: { selfApprovalAllowed: true }, select: { path: true } })).map((u) => u.path);
}

const selfApproval = (paths: string[], unitPath: string) => paths.some((p) => unitPath.startsWith(p));

const byDate = (a: QueueItem, b: QueueItem) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0);

/** What the user may approve (or return) now: objectives, objective revisions and policies. */
export async function approvalQueue(user: SessionUser): Promise<QueueItem[]> {
  const db = await getDb();
  const objectiveScope = unitPathWhere(unitScope(user, "objective.approve"));
  const policyScope = unitPathWhere(unitScope(user, "policy.approve"));
  const [objectives, revisions, policies, selfPaths] = await Promise.all([
    db.qualityObjective.findMany({
      where: { status: "DIAJUKAN", unit: objectiveScope },
      select: { id: true, code: true, year: true, statement: true, status: true, version: true, submittedAt: true, submittedById: true, lastEditedById: true, unit: { select: { name: true, path: true } } },
    }),
    db.objectiveRevision.findMany({
      where: { status: "DIAJUKAN", objective: { unit: objectiveScope } },
      select: {
        id: true, revisionNo: true, status: true, version: true, submittedAt: true, submittedById: true, lastEditedById: true, objectiveId: true,
        objective: { select: { code: true, year: true, statement: true, unit: { select: { name: true, path: true } } } },
      },
    }),
    db.qualityPolicy.findMany({
      where: { status: "DIAJUKAN", agency: policyScope },
      select: { id: true, versionNo: true, status: true, version: true, submittedAt: true, submittedById: true, lastEditedById: true, agencyId: true, agency: { select: { name: true, path: true } } },
    }),
    selfApprovalPaths(),
  ]);
  const acts = (transitions: { name: string }[]) => transitions.some((t) => t.name === "approve");
  const items: QueueItem[] = [];
  for (const o of objectives) {
    const record = { ...o, unitPath: o.unit.path, selfApprovalAllowed: selfApproval(selfPaths, o.unit.path) };
    if (!acts(allowedTransitions(OBJECTIVE_WORKFLOW, user, record))) continue;
    items.push({ kind: "Sasaran mutu", title: `${o.code} (${o.year}) · ${o.statement}`, unitName: o.unit.name, status: OBJECTIVE_STATUS_LABELS[o.status], href: `/objectives/${o.id}`, at: o.submittedAt });
  }
  for (const r of revisions) {
    const unitPath = r.objective.unit.path;
    const record = { ...r, unitPath, selfApprovalAllowed: selfApproval(selfPaths, unitPath) };
    if (!acts(allowedTransitions(OBJECTIVE_REVISION_WORKFLOW, user, record))) continue;
    items.push({
      kind: "Revisi sasaran mutu", title: `${r.objective.code} (${r.objective.year}) revisi ${r.revisionNo} · ${r.objective.statement}`,
      unitName: r.objective.unit.name, status: REVISION_STATUS_LABELS[r.status], href: `/objectives/${r.objectiveId}`, at: r.submittedAt,
    });
  }
  for (const p of policies) {
    const record = { ...p, unitPath: p.agency.path, selfApprovalAllowed: selfApproval(selfPaths, p.agency.path) };
    if (!acts(allowedTransitions(POLICY_WORKFLOW, user, record))) continue;
    items.push({ kind: "Kebijakan mutu", title: `Kebijakan mutu versi ${p.versionNo}`, unitName: p.agency.name, status: POLICY_STATUS_LABELS[p.status], href: `/objectives/policy/${p.id}`, at: p.submittedAt });
  }
  items.push(...(await documentRevisionQueue(user, "approve")), ...(await destructionApprovalQueue(user)));
  return items.sort(byDate);
}

/**
 * What waits for the manajer mutu: records returned by the pimpinan (to fix) and drafts not yet
 * submitted, in the scope where they manage objectives and policies.
 */
export async function managerQueue(user: SessionUser): Promise<{ toFix: QueueItem[]; drafts: QueueItem[] }> {
  const db = await getDb();
  const objectiveScope = unitPathWhere(unitScope(user, "objective.manage"));
  const policyScope = unitPathWhere(unitScope(user, "policy.manage"));
  const states = ["DRAF", "DIKEMBALIKAN"] as const;
  const [objectives, revisions, policies] = await Promise.all([
    db.qualityObjective.findMany({
      where: { status: { in: [...states] }, unit: objectiveScope },
      select: { id: true, code: true, year: true, statement: true, status: true, updatedAt: true, unit: { select: { name: true } } },
    }),
    db.objectiveRevision.findMany({
      where: { status: { in: [...states] }, objective: { unit: objectiveScope } },
      select: { id: true, revisionNo: true, status: true, updatedAt: true, objectiveId: true, objective: { select: { code: true, year: true, statement: true, unit: { select: { name: true } } } } },
    }),
    db.qualityPolicy.findMany({
      where: { status: { in: [...states] }, agency: policyScope },
      select: { id: true, versionNo: true, status: true, updatedAt: true, agency: { select: { name: true } } },
    }),
  ]);
  const all: (QueueItem & { returned: boolean })[] = [
    ...objectives.map((o) => ({
      kind: "Sasaran mutu", title: `${o.code} (${o.year}) · ${o.statement}`, unitName: o.unit.name, status: OBJECTIVE_STATUS_LABELS[o.status],
      href: `/objectives/${o.id}`, at: o.updatedAt, returned: o.status === "DIKEMBALIKAN",
    })),
    ...revisions.map((r) => ({
      kind: "Revisi sasaran mutu", title: `${r.objective.code} (${r.objective.year}) revisi ${r.revisionNo} · ${r.objective.statement}`,
      unitName: r.objective.unit.name, status: REVISION_STATUS_LABELS[r.status], href: `/objectives/${r.objectiveId}`, at: r.updatedAt,
      returned: r.status === "DIKEMBALIKAN",
    })),
    ...policies.map((p) => ({
      kind: "Kebijakan mutu", title: `Kebijakan mutu versi ${p.versionNo}`, unitName: p.agency.name, status: POLICY_STATUS_LABELS[p.status],
      href: `/objectives/policy/${p.id}`, at: p.updatedAt, returned: p.status === "DIKEMBALIKAN",
    })),
  ].sort(byDate);
  const strip = ({ returned: _returned, ...item }: QueueItem & { returned: boolean }): QueueItem => item;
  return { toFix: all.filter((i) => i.returned).map(strip), drafts: all.filter((i) => !i.returned).map(strip) };
}
