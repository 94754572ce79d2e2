import "server-only";
// The one runner of workflow transitions, inside the caller's transaction: load the record,
// authorize (role, unit and record rules), check the version the user saw and the state, write
// with the version in the where-clause, run the transition's effects, record activity and notify.
import { actorOf, recordActivity } from "../activity/record";
import type { ActivityAction, ActivityEntity } from "../activity/constants";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import type { Tx } from "../db";
import { DomainError, notFound, staleRecord } from "../errors";
import type { NoticeOf } from "../notifications/approval-notices";
import { notify } from "../notifications/notify";
import { refusalOf } from "./allowed";
import type { TransitionContext, Workflow, WorkflowRecord } from "./define";

/** How a workflow's records are read and written; the module that owns the table provides it. */
export interface WorkflowStore<S extends string, R extends WorkflowRecord<S>, T extends string> {
  /** The record's table, whose row is locked before anything is read (see runTransition). */
  table: "QualityObjective" | "ObjectiveRevision" | "QualityPolicy" | "Audit" | "AuditProgramme" | "AuditReport" | "Finding" | "CorrectiveAction" | "ManagementReview" | "DocumentRevision" | "DocumentDestruction" | "ArchiveLoan";
  load(tx: Tx, id: string): Promise<R | null>;
  /** Writes `data` where id and version match; returns how many rows changed (0: stale). */
  write(tx: Tx, record: R, data: Record<string, unknown>): Promise<number>;
  /** Side effects of a transition, in the same transaction (before and after the record's write). */
  before?: Partial<Record<T, (tx: Tx, ctx: TransitionContext<R>) => Promise<void>>>;
  after?: Partial<Record<T, (tx: Tx, ctx: TransitionContext<R>) => Promise<void>>>;
  /** Where the activity row goes, when not on the record itself (e.g. a revision on its objective). */
  activityOf?: (record: R) => { entity: ActivityEntity; entityId: string; detail?: Record<string, unknown> };
  /** Who is told of a transition (lib/notifications), in the same transaction; the actor never is. */
  notices?: Partial<Record<T, NoticeOf<R>>>;
}

export async function runTransition<S extends string, R extends WorkflowRecord<S>, T extends string>(
  tx: Tx,
  workflow: Workflow<S, R, T>,
  store: WorkflowStore<S, R, T>,
  user: SessionUser,
  input: { id: string; version: number; transition: T; note?: string | null },
  now: Date = new Date(),
): Promise<R> {
  // Lock the row first: two transitions of one record then queue here, and the second reads the
  // first one's result (and is told it is stale) instead of deadlocking over the rows and the
  // history lock that each transition's effects take in between.
  await tx.$executeRawUnsafe(`SELECT 1 FROM "${store.table}" WHERE "id" = $1 FOR UPDATE`, input.id);
  const record = await store.load(tx, input.id);
  if (!record) throw notFound(workflow.name);
  const spec = workflow.transitions[input.transition];
  if (!spec) throw new DomainError("INVALID", "Tindakan tidak dikenal.");
  // Permission first (a stranger learns nothing about the record), then the version the user saw,
  // then the state and the record rules.
  authorize(user, spec.permission, { unitPath: record.unitPath });
  if (record.version !== input.version) throw staleRecord();
  const refusal = refusalOf(workflow, spec, user, record);
  if (refusal) throw new DomainError(refusal.reason, refusal.message);
  const note = input.note?.trim() || null;
  if (spec.note && !note) throw new DomainError("INVALID", spec.note.required, { note: [spec.note.required] });

  const ctx: TransitionContext<R> = { user, record, note, now };
  const remarks = (spec.rules ?? []).map((rule) => rule(user, record)).flatMap((o) => (o && "remark" in o ? [o.remark] : []));
  await store.before?.[input.transition]?.(tx, ctx);
  const changed = await store.write(tx, record, { ...spec.writes?.(ctx), status: spec.to });
  if (changed === 0) throw staleRecord();
  await store.after?.[input.transition]?.(tx, ctx);

  const target = store.activityOf?.(record) ?? { entity: workflow.entity, entityId: record.id };
  await recordActivity(tx, {
    actor: actorOf(user),
    entity: target.entity,
    entityId: target.entityId,
    action: input.transition as ActivityAction,
    before: { ...target.detail, status: record.status },
    after: { ...target.detail, status: spec.to, ...(remarks.length > 0 ? { catatan: remarks.join(" ") } : {}) },
    reason: note,
  });
  const notice = await store.notices?.[input.transition]?.(tx, ctx);
  if (notice) await notify(tx, { ...notice, actorId: user.id });
  return record;
}

type VersionedUpdate = (tx: Tx, args: { where: { id: string; version: number; status: string }; data: Record<string, unknown> }) => Promise<{ count: number }>;

/**
 * A store's `write`: the update carries the id, the version the user saw and the state it was
 * read in, and raises the version; 0 rows changed means someone else got there first.
 */
export function versionedWrite<R extends WorkflowRecord>(updateMany: VersionedUpdate) {
  return async (tx: Tx, record: R, data: Record<string, unknown>): Promise<number> => {
    const where = { id: record.id, version: record.version, status: record.status };
    return (await updateMany(tx, { where, data: { ...data, version: { increment: 1 } } })).count;
  };
}
