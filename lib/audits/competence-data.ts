import "server-only";
// Reads of auditor competence and the province auditor pool (audit silang). `competenceSummaries`
// is what the audit plan shows when assigning an auditor.
import { ATTACHMENT_FILE_SELECT } from "../attachments/download";
import type { SessionUser } from "../auth/types";
import { getDb, type PrismaClient, type Tx } from "../db";
import { agencyOf } from "../org/agency";
import { mayManageCompetence, mayReadAuditor, poolProvinces } from "./competence-rules";
import type { CompetenceKind } from "./programme-constants";
import type { CompetenceItem, CompetenceSummary, PoolAuditor } from "./programme-types";

const itemSelect = {
  id: true, userId: true, version: true, kind: true, title: true, provider: true, issuedOn: true, validUntil: true, internalAuditor: true, note: true,
  attachment: { select: { id: true, fileName: true } },
} as const;

/** Per auditor id: has an internal-auditor training, and every training/certificate, newest first. */
export async function competenceSummaries(db: Pick<Tx, "auditorCompetence"> | PrismaClient, userIds: string[]): Promise<Map<string, CompetenceSummary>> {
  const rows = await db.auditorCompetence.findMany({ where: { userId: { in: userIds } }, orderBy: [{ issuedOn: "desc" }, { id: "asc" }], select: itemSelect });
  const out = new Map<string, CompetenceSummary>(userIds.map((id) => [id, { hasInternalAuditorTraining: false, items: [] }]));
  for (const r of rows) {
    const summary = out.get(r.userId)!;
    const item: CompetenceItem = {
      id: r.id, version: r.version, kind: r.kind as CompetenceKind, title: r.title, provider: r.provider, issuedOn: r.issuedOn,
      validUntil: r.validUntil, internalAuditor: r.internalAuditor, note: r.note,
      file: r.attachment ? { id: r.attachment.id, name: r.attachment.fileName } : null,
    };
    summary.items.push(item);
    if (r.internalAuditor) summary.hasInternalAuditorTraining = true;
  }
  return out;
}

async function assignmentsOf(db: PrismaClient, userIds: string[]) {
  const rows = await db.auditTeamMember.findMany({
    where: { userId: { in: userIds }, audit: { status: { not: "DIBATALKAN" } } },
    orderBy: { audit: { startDate: "desc" } },
    select: { userId: true, role: true, crossAgency: true, audit: { select: { id: true, number: true, title: true, startDate: true, agency: { select: { name: true } } } } },
  });
  const out = new Map<string, PoolAuditor["assignments"]>(userIds.map((id) => [id, []]));
  for (const r of rows) {
    out.get(r.userId)!.push({
      auditId: r.audit.id, number: r.audit.number, title: r.audit.title, agencyName: r.audit.agency.name,
      year: r.audit.startDate.getUTCFullYear(), role: r.role, crossAgency: r.crossAgency,
    });
  }
  return out;
}

async function poolRows(db: PrismaClient, where: { userIds?: string[]; provinces: string[] | null }): Promise<PoolAuditor[]> {
  const users = await db.user.findMany({
    where: {
      active: true,
      ...(where.userIds ? { id: { in: where.userIds } } : {}),
      grants: {
        some: {
          role: "AUDITOR",
          ...(where.provinces === null ? {} : { OR: [{ unit: { OR: where.provinces.map((p) => ({ path: { startsWith: `/${p}/` } })) } }] }),
        },
      },
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true, nip: true, unit: { select: { name: true, path: true } } },
  });
  const ids = users.map((u) => u.id);
  const [competence, assignments] = await Promise.all([competenceSummaries(db, ids), assignmentsOf(db, ids)]);
  const rows: PoolAuditor[] = [];
  for (const u of users) {
    const agency = await agencyOf(db, u.unit.path);
    rows.push({
      id: u.id, name: u.name, nip: u.nip, unitName: u.unit.name, agencyName: agency.name,
      competence: competence.get(u.id)!, assignments: assignments.get(u.id)!,
    });
  }
  return rows;
}

/** The auditors (AUDITOR grant) of every province the user reads the pool of, with competence and past assignments. */
export async function listAuditorPool(user: SessionUser): Promise<PoolAuditor[]> {
  const provinces = poolProvinces(user);
  if (provinces !== null && provinces.length === 0) return [];
  return poolRows(await getDb(), { provinces });
}

export interface AuditorProfile extends PoolAuditor {
  mayManage: boolean;
  isAuditor: boolean;
}

export async function getAuditorProfile(user: SessionUser, userId: string): Promise<AuditorProfile | null> {
  const db = await getDb();
  const auditor = await db.user.findUnique({ where: { id: userId }, select: { id: true, unit: { select: { path: true } }, grants: { select: { role: true } } } });
  if (!auditor) return null;
  const target = { id: auditor.id, unitPath: auditor.unit.path };
  if (!mayReadAuditor(user, target)) return null;
  // Only accounts holding an AUDITOR grant have a competence page.
  const [row] = await poolRows(db, { userIds: [userId], provinces: null });
  if (!row) return null;
  return { ...row, mayManage: mayManageCompetence(user, target), isAuditor: auditor.grants.some((g) => g.role === "AUDITOR") };
}

/** An evidence file of a competence entry the user may read. */
export async function getCompetenceFile(user: SessionUser, attachmentId: string) {
  const db = await getDb();
  const item = await db.auditorCompetence.findFirst({
    where: { attachmentId },
    select: { user: { select: { id: true, unit: { select: { path: true } } } }, attachment: { select: ATTACHMENT_FILE_SELECT } },
  });
  if (!item?.attachment || !mayReadAuditor(user, { id: item.user.id, unitPath: item.user.unit.path })) return null;
  return item.attachment;
}
