// Writes one change-history row inside the caller's transaction.
import type { Prisma, Tx } from "../db";
import { GENESIS_HASH, type ActivityAction, type ActivityEntity } from "./constants";
import { scheduleCheckpoint } from "./checkpoint";
import { keyedHashActivity, toJsonSnapshot } from "./hash";
import { activityKey } from "./key";

export interface Actor {
  id: string;
  label: string;
}

/** The signed-in user as the history names them. */
export function actorOf(user: { id: string; name: string }): Actor {
  return { id: user.id, label: user.name };
}

export interface ActivityInput {
  actor: Actor | null;
  entity: ActivityEntity;
  entityId: string;
  action: ActivityAction;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

// Any constant works; it only has to be the same for every writer of the chain.
const CHAIN_LOCK_KEY = 9001;

export async function recordActivity(tx: Tx, input: ActivityInput): Promise<void> {
  // One writer at a time extends the chain, so two transactions never link to the same row.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`;
  const last = await tx.activity.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const content = {
    at: new Date(),
    actorId: input.actor?.id ?? null,
    actorLabel: input.actor?.label ?? null,
    entity: input.entity,
    entityId: input.entityId,
    action: input.action,
    before: toJsonSnapshot(input.before),
    after: toJsonSnapshot(input.after),
    reason: input.reason?.trim() || null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.activity.create({
    data: {
      ...content,
      before: (content.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (content.after ?? undefined) as Prisma.InputJsonValue | undefined,
      hash: keyedHashActivity(content, activityKey()),
    },
  });
  scheduleCheckpoint();
}
