// The agency's "one-person office" setting (Unit.selfApprovalAllowed), read from the unit or any
// unit above it: whether the one who submitted a record may approve it too (record-rules.ts).
// No `server-only`: mutations, reads and seeds ask it inside their own transaction.
import type { Tx } from "../db";

export async function selfApprovalAllowedAt(db: Pick<Tx, "unit">, unitPath: string): Promise<boolean> {
  const chain = unitPath.split("/").filter(Boolean);
  return (await db.unit.count({ where: { id: { in: chain }, selfApprovalAllowed: true } })) > 0;
}
