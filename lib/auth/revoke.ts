// Raising the session version invalidates every token issued before.
import { actorOf, recordActivity } from "../activity/record";
import type { PrismaClient } from "../db";

export async function revokeSessions(db: PrismaClient, userId: string, action: "logout"): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 }, sessionEndReason: "LOGOUT" },
      select: { id: true, name: true, sessionVersion: true },
    });
    await recordActivity(tx, {
      actor: actorOf(user),
      entity: "user",
      entityId: user.id,
      action,
      after: { sessionVersion: user.sessionVersion },
    });
  });
}
