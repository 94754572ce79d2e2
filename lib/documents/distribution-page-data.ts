import "server-only";
// PLACEHOLDER of the circulation branch for its stand-in detail page: the register's data replaces it.
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { mayReadDocument } from "./access";

export async function circulationDocumentHeader(user: SessionUser, id: string) {
  const db = await getDb();
  const doc = await db.controlledDocument.findUnique({
    where: { id },
    select: {
      id: true, code: true, title: true, access: true, unit: { select: { path: true } }, agency: { select: { path: true } },
      revisions: { where: { status: "BERLAKU" }, select: { revisionNo: true, status: true } },
      acknowledgments: { where: { userId: user.id }, select: { id: true }, take: 1 },
    },
  });
  if (!doc || !mayReadDocument(user, { access: doc.access, unitPath: doc.unit.path, agencyPath: doc.agency.path, isRecipient: doc.acknowledgments.length > 0 })) return null;
  return { id: doc.id, code: doc.code, title: doc.title, inForce: doc.revisions[0] ?? null };
}
