// Opening a corrective action: for a KTS finding once it is accepted (DITERIMA). The findings
// module's "accept" transition calls openCorrectiveAction in its transaction; the caller decides
// who may accept. A round judged not effective opens the next round through openRound.
// Seeds load this module through tsx, so no "server-only".
import { actorOf, recordActivity } from "../activity/record";
import type { SessionUser } from "../auth/types";
import type { Tx } from "../db";
import { notFound, ruleBroken } from "../errors";
import { agencyOf } from "../org/agency";
import { KTS_CATEGORIES, type KtsCategory } from "./constants";
import { caDueDate } from "./rules";
import { settingsOf } from "./settings-mutations";

export async function openRound(
  tx: Tx,
  user: SessionUser,
  finding: { id: string; category: KtsCategory; unitId: string; unitPath: string },
  round: number,
  now: Date = new Date(),
): Promise<{ id: string }> {
  const agency = await agencyOf(tx, finding.unitPath);
  const settings = await settingsOf(tx, agency.id);
  const dueDate = caDueDate(finding.category, settings, now);
  const created = await tx.correctiveAction.create({
    data: { findingId: finding.id, round, unitId: finding.unitId, dueDate, createdById: user.id, lastEditedById: user.id },
    select: { id: true },
  });
  await recordActivity(tx, {
    actor: actorOf(user), entity: "corrective_action", entityId: created.id, action: "create",
    after: { findingId: finding.id, round, status: "TERBUKA", dueDate: dueDate.toISOString().slice(0, 10) },
  });
  return created;
}

/** The open round of an accepted KTS finding; opening it twice returns the one already open. */
export async function openCorrectiveAction(tx: Tx, user: SessionUser, findingId: string, now: Date = new Date()): Promise<{ id: string }> {
  const finding = await tx.finding.findUnique({
    where: { id: findingId },
    select: { id: true, category: true, status: true, unitId: true, unit: { select: { path: true } } },
  });
  if (!finding) throw notFound("Temuan");
  if (!(KTS_CATEGORIES as readonly string[]).includes(finding.category)) {
    throw ruleBroken("Observasi tidak memerlukan tindakan perbaikan; tutup dengan keputusan yang dicatat.");
  }
  if (finding.status !== "DITERIMA") throw ruleBroken("Tindakan perbaikan dibuka setelah temuan diterima oleh auditi.");
  const existing = await tx.correctiveAction.findFirst({ where: { findingId }, orderBy: { round: "desc" }, select: { id: true } });
  if (existing) return existing;
  return openRound(tx, user, { id: finding.id, category: finding.category as KtsCategory, unitId: finding.unitId, unitPath: finding.unit.path }, 1, now);
}
