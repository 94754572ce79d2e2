// Reads of the change history of one record, for its detail page.
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import type { ActivityEntity } from "./constants";

export interface ActivityEntry {
  id: number;
  at: Date;
  actorLabel: string | null;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

/**
 * The caller has already established that `viewer` may read the record; the history itself also
 * needs activity.read within the record's unit.
 */
export async function listRecordActivity(
  viewer: SessionUser,
  entity: ActivityEntity,
  entityId: string,
  unitPath: string,
  limit = 100,
): Promise<ActivityEntry[]> {
  authorize(viewer, "activity.read", { unitPath });
  const db = await getDb();
  return db.activity.findMany({
    where: { entity, entityId },
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, at: true, actorLabel: true, action: true, before: true, after: true, reason: true },
  });
}
