import "server-only";
// Revising an approved objective under the portal's one revision model: the definition in force
// stays on the objective (and keeps being measured) while at most one pending revision is drafted,
// submitted and approved; approval copies the revision's definition onto the objective.
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma, type Tx } from "../db";
import { conflict, notFound, ruleBroken, staleRecord } from "../errors";
import { PENDING_STATES } from "../workflow";
import { runTransition, versionedWrite, type WorkflowStore } from "../workflow/run";
import type { RevisionStatus } from "./constants";
import { checkReferences, definitionData, definitionSelect, writeSopLinks } from "./definition-mutations";
import { agencySettingOf, loadObjective } from "./mutations";
import { revisionNotices } from "./notices";
import type { ObjectiveFormValues } from "./schema";
import { OBJECTIVE_REVISION_WORKFLOW, type ObjectiveRevisionRecord } from "./workflow";

const EDITABLE_REVISION: RevisionStatus[] = ["DRAF", "DIKEMBALIKAN"];

export interface SaveRevisionInput {
  /** The objective. */
  id: string;
  /** The pending revision being edited, or null to start one. */
  revisionId: string | null;
  /** The version the user saw: of the pending revision when editing it, else of the objective. */
  version: number;
  reason: string;
  values: ObjectiveFormValues;
}

/** Starts the pending revision of an approved objective, or edits it while it is a draft. */
export async function saveObjectiveRevision(user: SessionUser, input: SaveRevisionInput): Promise<{ revisionId: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const objective = await loadObjective(tx, input.id);
    authorize(user, "objective.manage", { unitPath: objective.unit.path });
    if (objective.status !== "DISETUJUI") throw ruleBroken("Hanya sasaran yang sudah disetujui yang direvisi; sasaran lain diubah langsung.");
    const { values } = input;
    if (values.unitId !== objective.unitId || values.year !== objective.year || values.code !== objective.code) {
      throw conflict("Unit, tahun dan kode tidak berubah dalam revisi; buat sasaran baru untuk itu.", "code");
    }
    await checkReferences(tx, values);
    const definition: Prisma.InputJsonObject = { ...definitionData(values), sopIds: [...new Set(values.sopIds)] };
    let revisionId = input.revisionId;
    let revisionNo: number;
    if (revisionId === null) {
      if (objective.version !== input.version) throw staleRecord();
      const pending = await tx.objectiveRevision.findFirst({ where: { objectiveId: objective.id, status: { in: [...PENDING_STATES] } }, select: { id: true } });
      if (pending) throw conflict("Sasaran ini sudah memiliki draf revisi. Muat ulang halaman untuk melanjutkannya.");
      const last = await tx.objectiveRevision.aggregate({ where: { objectiveId: objective.id }, _max: { revisionNo: true } });
      revisionNo = Math.max(last._max.revisionNo ?? 0, objective.revisionNo) + 1;
      const created = await tx.objectiveRevision.create({
        data: {
          objectiveId: objective.id, revisionNo, definition, reason: input.reason, status: "DRAF",
          createdById: user.id, createdBy: user.name, lastEditedById: user.id,
        },
        select: { id: true },
      });
      revisionId = created.id;
    } else {
      const revision = await tx.objectiveRevision.findFirst({ where: { id: revisionId, objectiveId: objective.id }, select: { revisionNo: true, status: true } });
      if (!revision) throw notFound("Revisi sasaran mutu");
      if (!EDITABLE_REVISION.includes(revision.status)) throw ruleBroken("Revisi yang sudah diajukan atau selesai tidak dapat diubah.");
      const { count } = await tx.objectiveRevision.updateMany({
        where: { id: revisionId, version: input.version, status: { in: EDITABLE_REVISION } },
        data: { definition, reason: input.reason, lastEditedById: user.id, version: { increment: 1 } },
      });
      if (count === 0) throw staleRecord();
      revisionNo = revision.revisionNo;
    }
    await recordActivity(tx, {
      actor: actorOf(user), entity: "objective", entityId: objective.id, action: "revise", reason: input.reason,
      after: { revisionNo, ...definition },
    });
    return { revisionId };
  });
}

type RevisionTransition = keyof typeof OBJECTIVE_REVISION_WORKFLOW.transitions;

const PROMOTED = Object.keys(definitionSelect).filter((k) => !["unitId", "year", "code"].includes(k));

const revisionStore: WorkflowStore<RevisionStatus, ObjectiveRevisionRecord, RevisionTransition> = {
  table: "ObjectiveRevision",
  async load(tx: Tx, id: string) {
    const r = await tx.objectiveRevision.findUnique({
      where: { id },
      select: {
        id: true, version: true, status: true, objectiveId: true, revisionNo: true, submittedById: true, lastEditedById: true,
        objective: { select: { unit: { select: { path: true } } } },
      },
    });
    if (!r) return null;
    const { objective, ...rest } = r;
    return { ...rest, unitPath: objective.unit.path, selfApprovalAllowed: await agencySettingOf(tx, objective.unit.path) };
  },
  write: versionedWrite((tx, args) => tx.objectiveRevision.updateMany(args as never)),
  activityOf: (record) => ({ entity: "objective", entityId: record.objectiveId, detail: { revisionNo: record.revisionNo } }),
  notices: revisionNotices,
  after: {
    // The approved revision replaces the definition in force (ISO 9001 6.3: changes are planned).
    async approve(tx, { record }) {
      const revision = await tx.objectiveRevision.findUniqueOrThrow({ where: { id: record.id }, select: { definition: true } });
      const definition = revision.definition as Record<string, unknown> & { sopIds?: string[] };
      const columns = Object.fromEntries(PROMOTED.map((k) => [k, definition[k] ?? null]));
      const { count } = await tx.qualityObjective.updateMany({
        where: { id: record.objectiveId, status: "DISETUJUI" },
        data: { ...columns, revisionNo: record.revisionNo, version: { increment: 1 } },
      });
      if (count === 0) throw ruleBroken("Sasaran ini sudah tidak aktif, sehingga revisinya tidak dapat disetujui.");
      await writeSopLinks(tx, record.objectiveId, definition.sopIds ?? []);
    },
  },
};

export async function transitionObjectiveRevision(
  user: SessionUser,
  input: { id: string; version: number; transition: RevisionTransition; note: string | null },
): Promise<void> {
  const db = await getDb();
  await db.$transaction((tx) => runTransition(tx, OBJECTIVE_REVISION_WORKFLOW, revisionStore, user, input));
}
