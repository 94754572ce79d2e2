import "server-only";
// Reads of kebijakan mutu: visible to everyone who reads the agency's objectives.
import { can } from "../auth/permissions";
import { allowedTransitions, type AllowedTransition } from "../workflow";
import { POLICY_WORKFLOW } from "./workflow";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import type { PolicyView } from "./types";
import { selfApprovalAllowedAt } from "../org/self-approval-data";

const select = {
  id: true, agencyId: true, versionNo: true, statement: true, commitments: true, status: true, returnNote: true,
  approvedAt: true, approvedBy: true, version: true, updatedAt: true, agency: { select: { name: true, path: true } },
} as const;

type Row = { agency: { name: string; path: string } } & Omit<PolicyView, "agencyName">;
const view = ({ agency, ...p }: Row): PolicyView => ({ ...p, agencyName: agency.name });

/** The approved policy in force for an agency, or null. Readable by anyone in the portal. */
export async function getPolicyInForce(agencyId: string): Promise<PolicyView | null> {
  const db = await getDb();
  const policy = await db.qualityPolicy.findFirst({ where: { agencyId, status: "DISETUJUI" }, select });
  return policy ? view(policy) : null;
}

/** Every version of an agency's policy, newest first; drafts only for who may manage or approve them. */
export async function listPolicies(user: SessionUser, agencyId: string): Promise<PolicyView[]> {
  const db = await getDb();
  const rows = await db.qualityPolicy.findMany({ where: { agencyId }, orderBy: { versionNo: "desc" }, select });
  return rows
    .filter((p) => p.status === "DISETUJUI" || p.status === "DIGANTIKAN" || p.status === "DIBATALKAN" || can(user, "policy.manage", { unitPath: p.agency.path }) || can(user, "policy.approve", { unitPath: p.agency.path }))
    .map(view);
}

export async function getPolicy(
  user: SessionUser,
  id: string,
): Promise<(PolicyView & { agencyPath: string; transitions: AllowedTransition[]; editable: boolean }) | null> {
  const db = await getDb();
  const p = await db.qualityPolicy.findUnique({ where: { id }, select: { ...select, submittedById: true, lastEditedById: true } });
  if (!p) return null;
  const unitPath = p.agency.path;
  const draft = p.status !== "DISETUJUI" && p.status !== "DIGANTIKAN";
  if (draft && !can(user, "policy.manage", { unitPath }) && !can(user, "policy.approve", { unitPath })) return null;
  const selfApprovalAllowed = await selfApprovalAllowedAt(db, unitPath);
  const { submittedById, lastEditedById, ...rest } = p;
  return {
    ...view(rest),
    agencyPath: unitPath,
    editable: can(user, "policy.manage", { unitPath }) && (p.status === "DRAF" || p.status === "DIKEMBALIKAN"),
    transitions: allowedTransitions(POLICY_WORKFLOW, user, {
      id: p.id, version: p.version, status: p.status, unitPath, agencyId: p.agencyId, versionNo: p.versionNo,
      submittedById, lastEditedById, selfApprovalAllowed,
    }),
  };
}
