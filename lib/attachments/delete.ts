// Removing stored files (a destruction purges a document's content). The one place where an
// Attachment row is deleted, so the file store can remove the content from disk here as well.
import type { Tx } from "../db";

/** Deletes the attachments with these ids in the caller's transaction; returns how many. */
export async function deleteAttachments(tx: Tx, ids: readonly string[]): Promise<number> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return 0;
  const { count } = await tx.attachment.deleteMany({ where: { id: { in: unique } } });
  return count;
}
