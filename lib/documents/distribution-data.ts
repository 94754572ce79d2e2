import "server-only";
// Reads of the distribution section (detail page) and the recipient pickers.
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { unitTreeOptions, type UnitTreeOption } from "../org/unit-tree-options";
import { acknowledgmentSummary } from "./distribution-rules";

export interface CopyRow {
  id: string;
  copyNo: number;
  recipient: string;
  recipientKind: "unit" | "user";
  distributedAt: Date;
  distributedBy: string | null;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
  withdrawNote: string | null;
}

export interface ReaderRow {
  id: string;
  userId: string;
  name: string;
  unitName: string;
  assignedAt: Date;
  acknowledgedAt: Date | null;
}

export interface RevisionCirculation {
  revisionId: string;
  revisionNo: number;
  status: string;
  inForce: boolean;
  copies: CopyRow[];
  total: number;
  read: ReaderRow[];
  unread: ReaderRow[];
}

export interface DistributionSectionData {
  documentId: string;
  code: string;
  title: string;
  keeper: boolean;
  active: boolean;
  inForce: { id: string; revisionNo: number } | null;
  /** The viewer's own wajib-baca row of the revision in force. */
  myRow: { id: string; acknowledgedAt: Date | null } | null;
  /** For keepers: per revision, newest first. */
  revisions: RevisionCirculation[];
  unitOptions: UnitTreeOption[];
  userOptions: { value: string; label: string }[];
}

export async function distributionSection(user: SessionUser, documentId: string): Promise<DistributionSectionData | null> {
  const db = await getDb();
  const doc = await db.controlledDocument.findUnique({
    where: { id: documentId },
    select: {
      id: true, code: true, title: true, status: true, agencyId: true,
      unit: { select: { path: true } }, agency: { select: { path: true } },
      revisions: { where: { status: "BERLAKU" }, select: { id: true, revisionNo: true } },
    },
  });
  if (!doc) return null;
  const inForce = doc.revisions[0] ?? null;
  const keeper = can(user, "document.manage", { unitPath: doc.unit.path });
  const myRow = inForce
    ? await db.documentAcknowledgment.findUnique({ where: { revisionId_userId: { revisionId: inForce.id, userId: user.id } }, select: { id: true, acknowledgedAt: true } })
    : null;
  const base = { documentId: doc.id, code: doc.code, title: doc.title, keeper, active: doc.status === "AKTIF", inForce, myRow };
  if (!keeper) return { ...base, revisions: [], unitOptions: [], userOptions: [] };

  const [revisions, names, units, users] = await Promise.all([
    db.documentRevision.findMany({
      where: { documentId: doc.id, OR: [{ status: "BERLAKU" }, { distributions: { some: {} } }] },
      orderBy: { revisionNo: "desc" },
      select: {
        id: true, revisionNo: true, status: true,
        distributions: {
          orderBy: { copyNo: "asc" },
          select: {
            id: true, copyNo: true, distributedAt: true, distributedById: true, withdrawnAt: true, withdrawnById: true, withdrawNote: true,
            unit: { select: { name: true } }, user: { select: { name: true } },
          },
        },
        acknowledgments: { select: { id: true, userId: true, assignedAt: true, acknowledgedAt: true, user: { select: { name: true, unit: { select: { name: true } } } } } },
      },
    }),
    db.documentDistribution.findMany({ where: { documentId: doc.id }, select: { distributedById: true, withdrawnById: true } }).then(async (rows) => {
      const ids = [...new Set(rows.flatMap((r) => [r.distributedById, r.withdrawnById]).filter((v): v is string => v !== null))];
      const people = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
      return new Map(people.map((p) => [p.id, p.name]));
    }),
    db.unit.findMany({ where: { active: true, path: { startsWith: doc.agency.path } }, select: { id: true, name: true, path: true } }),
    db.user.findMany({ where: { active: true, unit: { path: { startsWith: doc.agency.path } } }, select: { id: true, name: true, unit: { select: { name: true } } }, orderBy: { name: "asc" } }),
  ]);
  return {
    ...base,
    revisions: revisions.map((r) => {
      const summary = acknowledgmentSummary(
        r.acknowledgments.map((a) => ({ id: a.id, userId: a.userId, name: a.user.name, unitName: a.user.unit.name, assignedAt: a.assignedAt, acknowledgedAt: a.acknowledgedAt })),
      );
      return {
        revisionId: r.id, revisionNo: r.revisionNo, status: r.status, inForce: r.status === "BERLAKU",
        copies: r.distributions.map((d) => ({
          id: d.id, copyNo: d.copyNo, recipient: d.unit?.name ?? d.user?.name ?? "", recipientKind: d.unit ? ("unit" as const) : ("user" as const),
          distributedAt: d.distributedAt, distributedBy: d.distributedById ? (names.get(d.distributedById) ?? null) : null,
          withdrawnAt: d.withdrawnAt, withdrawnBy: d.withdrawnById ? (names.get(d.withdrawnById) ?? null) : null, withdrawNote: d.withdrawNote,
        })),
        total: summary.total, read: summary.read, unread: summary.unread,
      };
    }),
    unitOptions: unitTreeOptions(units),
    userOptions: users.map((u) => ({ value: u.id, label: `${u.name} (${u.unit.name})` })),
  };
}
