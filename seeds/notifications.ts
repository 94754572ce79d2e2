// Demo notifications: what the workflow would have told people about the seeded records that are
// waiting for approval (the pimpinan's bell shows them at first sign-in). Idempotent through the
// dedupeKey of each notification.
import type { PrismaClient } from "../lib/db";
import { notify } from "../lib/notifications/notify";
import { holdersOfPermission } from "../lib/notifications/recipients";

export async function seedNotifications(db: PrismaClient): Promise<number> {
  const waiting = await db.qualityObjective.findMany({
    where: { status: "DIAJUKAN" },
    select: { id: true, code: true, year: true, submittedById: true, ownerId: true, unit: { select: { path: true, name: true, shortName: true } } },
  });
  let written = 0;
  for (const o of waiting) {
    const submitter = o.submittedById ?? o.ownerId;
    const by = await db.user.findUnique({ where: { id: submitter }, select: { name: true } });
    written += await db.$transaction(async (tx) =>
      notify(tx, {
        event: "objective_submitted",
        recipientIds: await holdersOfPermission(tx, "objective.approve", o.unit.path),
        entity: { type: "objective", id: o.id },
        href: `/objectives/${o.id}`,
        title: `Sasaran mutu ${o.code} ${o.unit.shortName ?? o.unit.name} ${o.year} menunggu persetujuan Anda`,
        body: by ? `Diajukan oleh ${by.name}.` : null,
        actorId: submitter,
        dedupeKey: `seed:objective_submitted:${o.id}`,
      }),
    );
  }
  return written;
}
