import "server-only";
// Reads of one Berita Acara Pemusnahan: its documents, witnesses and what the user may do with it.
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { allowedTransitions, type AllowedTransition } from "../workflow/allowed";
import type { DestructionStatus, DocumentStatus, DocumentType } from "./constants";
import { EDITABLE_DESTRUCTION_STATUSES, witnessesOf, type Witness } from "./destruction-rules";
import { DESTRUCTION_WORKFLOW } from "./destruction-workflow";
import { destructionReadWhere } from "./retention-data";
import { selfApprovalAllowedAt } from "../org/self-approval-data";

export interface DestructionDetail {
  id: string;
  version: number;
  number: string;
  status: DestructionStatus;
  agency: { id: string; name: string; path: string };
  note: string | null;
  returnNote: string | null;
  method: string | null;
  place: string | null;
  destroyedOn: Date | null;
  witnesses: Witness[];
  createdAt: Date;
  createdBy: string | null;
  submittedAt: Date | null;
  submittedBy: string | null;
  approvedAt: Date | null;
  approvedBy: string | null;
  executedAt: Date | null;
  executedBy: string | null;
  documents: { id: string; code: string; title: string; type: DocumentType; unitName: string; status: DocumentStatus; retentionEndsAt: Date | null; revisionCount: number }[];
  transitions: AllowedTransition[];
  mayEdit: boolean;
  mayExecute: boolean;
}

export async function getDestruction(user: SessionUser, id: string): Promise<DestructionDetail | null> {
  const db = await getDb();
  const ba = await db.documentDestruction.findFirst({
    where: { AND: [{ id }, destructionReadWhere(user)] },
    select: {
      id: true, version: true, number: true, status: true, note: true, returnNote: true, method: true, place: true, destroyedOn: true,
      witnesses: true, createdAt: true, createdById: true, submittedAt: true, submittedById: true, approvedAt: true, approvedBy: true,
      executedAt: true, executedById: true, lastEditedById: true,
      agency: { select: { id: true, name: true, path: true } },
      documents: {
        orderBy: { code: "asc" },
        select: { id: true, code: true, title: true, type: true, status: true, retentionEndsAt: true, unit: { select: { name: true } }, _count: { select: { revisions: true } } },
      },
    },
  });
  if (!ba) return null;
  const people = [ba.createdById, ba.submittedById, ba.executedById].filter((v): v is string => v !== null);
  const names = new Map((await db.user.findMany({ where: { id: { in: people } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const selfApprovalAllowed = await selfApprovalAllowedAt(db, ba.agency.path);
  const record = {
    id: ba.id, version: ba.version, status: ba.status, number: ba.number, agencyId: ba.agency.id, unitPath: ba.agency.path,
    submittedById: ba.submittedById, lastEditedById: ba.lastEditedById, selfApprovalAllowed,
  };
  const manages = can(user, "document.manage", { unitPath: ba.agency.path });
  return {
    id: ba.id, version: ba.version, number: ba.number, status: ba.status, agency: ba.agency, note: ba.note, returnNote: ba.returnNote,
    method: ba.method, place: ba.place, destroyedOn: ba.destroyedOn, witnesses: witnessesOf(ba.witnesses), createdAt: ba.createdAt,
    createdBy: ba.createdById ? names.get(ba.createdById) ?? null : null,
    submittedAt: ba.submittedAt, submittedBy: ba.submittedById ? names.get(ba.submittedById) ?? null : null,
    approvedAt: ba.approvedAt, approvedBy: ba.approvedBy,
    executedAt: ba.executedAt, executedBy: ba.executedById ? names.get(ba.executedById) ?? null : null,
    documents: ba.documents.map(({ unit, _count, ...d }) => ({ ...d, unitName: unit.name, revisionCount: _count.revisions })),
    transitions: allowedTransitions(DESTRUCTION_WORKFLOW, user, record),
    mayEdit: manages && (EDITABLE_DESTRUCTION_STATUSES as readonly string[]).includes(ba.status),
    mayExecute: manages && ba.status === "DISETUJUI",
  };
}

/** Header lines of the printed BA: the units above the agency (PEMERINTAH PROVINSI …). */
export async function destructionHeaderLines(agencyPath: string): Promise<string[]> {
  const db = await getDb();
  const ids = agencyPath.split("/").filter(Boolean).slice(0, -1);
  const above = await db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return ids.map((id) => above.find((u) => u.id === id)?.name ?? "").filter(Boolean).map((n) => n.toUpperCase());
}

/** Documents a draft or returned BA may list: its own and the agency's other "usul musnah" ones. */
export async function destructionCandidates(user: SessionUser, ba: { id: string; agency: { id: string } }, today: Date) {
  const db = await getDb();
  const rows = await db.controlledDocument.findMany({
    where: {
      agencyId: ba.agency.id,
      OR: [
        { destructionId: ba.id },
        { destructionId: null, status: { in: ["AKTIF", "DITARIK"] }, finalDisposition: "MUSNAH", retentionEndsAt: { lte: today } },
      ],
    },
    orderBy: [{ retentionEndsAt: "asc" }, { code: "asc" }],
    take: 200,
    select: { id: true, code: true, title: true, type: true, agencyId: true, retentionEndsAt: true, destructionId: true, unit: { select: { name: true, path: true } } },
  });
  return rows.filter((r) => can(user, "document.manage", { unitPath: r.unit.path }));
}
