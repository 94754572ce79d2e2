import "server-only";
// The agency's register settings: code pattern per type and the delegated approver (a person of
// the agency holding MANAJER_MUTU or PIMPINAN there). Version-checked; the first save creates the row.
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { DomainError, notFound, staleRecord } from "../errors";
import { delegateCandidates } from "./settings-data";
import type { SettingsFormValues } from "./schema";

export async function saveDocumentSettings(user: SessionUser, values: SettingsFormValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const agency = await tx.unit.findUnique({ where: { id: values.agencyId }, select: { id: true, path: true, type: true } });
    if (!agency || agency.type !== "PERANGKAT_DAERAH") throw notFound("Perangkat Daerah");
    authorize(user, "document.settings", { unitPath: agency.path });
    if (values.delegateApproverId) {
      const candidates = await delegateCandidates(tx, agency.path);
      if (!candidates.some((c) => c.id === values.delegateApproverId)) {
        const message = "Pejabat pengesah harus memegang peran manajer mutu atau pimpinan di Perangkat Daerah ini.";
        throw new DomainError("INVALID", message, { delegateApproverId: [message] });
      }
    }
    const codePatterns = Object.fromEntries((Object.entries(values.codePatterns) as [string, string | undefined][]).flatMap(([t, p]) => (p && p.trim() !== "" ? [[t, p.trim()]] : []))) as Prisma.InputJsonObject;
    const current = await tx.documentSetting.findUnique({ where: { agencyId: agency.id }, select: { version: true, codePatterns: true, delegateApproverId: true } });
    const data = { codePatterns, delegateApproverId: values.delegateApproverId };
    if (!current) {
      if (values.version !== 0) throw staleRecord();
      await tx.documentSetting.create({ data: { agencyId: agency.id, ...data } });
    } else {
      const { count } = await tx.documentSetting.updateMany({ where: { agencyId: agency.id, version: values.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw staleRecord();
    }
    await recordActivity(tx, {
      actor: actorOf(user), entity: "document_setting", entityId: agency.id, action: "update",
      before: current ? { codePatterns: current.codePatterns, delegateApproverId: current.delegateApproverId } : undefined, after: data,
    });
  });
}
