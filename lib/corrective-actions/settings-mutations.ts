// The agency's days for corrective actions (due dates and the wait before verification), per
// category, set by its manajer mutu. Seeds load this module through tsx, so no "server-only".
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { notFound, staleRecord } from "../errors";
import { DEFAULT_SETTINGS } from "./constants";
import type { CaSettings } from "./rules";
import type { SettingsValues } from "./schema";

export async function settingsOf(tx: Pick<Tx, "correctiveActionSetting">, agencyId: string): Promise<CaSettings & { version: number | null }> {
  const row = await tx.correctiveActionSetting.findUnique({
    where: { agencyId },
    select: { dueDaysMayor: true, dueDaysMinor: true, waitDaysMayor: true, waitDaysMinor: true, version: true },
  });
  return row ?? { ...DEFAULT_SETTINGS, version: null };
}

export async function saveSettings(user: SessionUser, values: SettingsValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const agency = await tx.unit.findUnique({ where: { id: values.agencyId }, select: { path: true, type: true } });
    if (!agency || agency.type !== "PERANGKAT_DAERAH") throw notFound("Perangkat Daerah");
    authorize(user, "corrective_action.settings", { unitPath: agency.path });
    const before = await settingsOf(tx, values.agencyId);
    if (before.version !== values.version) throw staleRecord();
    const data = {
      dueDaysMayor: values.dueDaysMayor, dueDaysMinor: values.dueDaysMinor,
      waitDaysMayor: values.waitDaysMayor, waitDaysMinor: values.waitDaysMinor, lastEditedById: user.id,
    };
    if (values.version === null) {
      // A second first save at the same moment hits the primary key: the action reports a conflict.
      await tx.correctiveActionSetting.create({ data: { agencyId: values.agencyId, ...data } });
    } else {
      const { count } = await tx.correctiveActionSetting.updateMany({
        where: { agencyId: values.agencyId, version: values.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw staleRecord();
    }
    const { version: _v, ...beforeDays } = before;
    await recordActivity(tx, {
      actor: actorOf(user), entity: "corrective_action", entityId: values.agencyId, action: "settings",
      before: beforeDays, after: { dueDaysMayor: values.dueDaysMayor, dueDaysMinor: values.dueDaysMinor, waitDaysMayor: values.waitDaysMayor, waitDaysMinor: values.waitDaysMinor },
    });
  });
}
