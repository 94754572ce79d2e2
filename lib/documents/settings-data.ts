// Reads of the register settings: the agencies a manajer mutu sets, each with its patterns and the
// people who may be its delegated approver. No `server-only`: the mutation and the seeds use it.
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type PrismaClient, type Tx } from "../db";
import type { DocumentType } from "./constants";
import type { DocumentSettingsView } from "./types";

/**
 * Active people holding MANAJER_MUTU or PIMPINAN on the agency unit itself: their `document.approve`
 * covers every owner unit of the agency, so the delegation works for each of its documents.
 */
export async function delegateCandidates(db: Pick<Tx, "user">, agencyPath: string) {
  return db.user.findMany({
    where: { active: true, grants: { some: { role: { in: ["MANAJER_MUTU", "PIMPINAN"] }, unit: { path: agencyPath } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export async function listDocumentSettings(user: SessionUser, db?: Tx | PrismaClient): Promise<DocumentSettingsView[]> {
  db ??= await getDb();
  const scope = unitScope(user, "document.settings");
  if (scope.kind === "none") return [];
  const agencies = await db.unit.findMany({
    where: { type: "PERANGKAT_DAERAH", active: true, ...unitPathWhere(scope) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, shortName: true, code: true, path: true, documentSetting: { select: { version: true, codePatterns: true, delegateApproverId: true } } },
  });
  const views: DocumentSettingsView[] = [];
  for (const a of agencies) {
    views.push({
      agency: { id: a.id, name: a.name, shortName: a.shortName, code: a.code },
      version: a.documentSetting?.version ?? 0,
      codePatterns: (a.documentSetting?.codePatterns ?? {}) as Partial<Record<DocumentType, string>>,
      delegateApproverId: a.documentSetting?.delegateApproverId ?? null,
      delegates: await delegateCandidates(db, a.path),
    });
  }
  return views;
}
