// Uploaded files: the metadata (name, type detected from the content, size, SHA-256, who) is an
// `Attachment` row; the content goes to the file store (lib/files), named by its SHA-256.
// `Attachment.data` holds the content only of rows written before the store existed, until
// `moveAttachmentsToFileStore` (lib/files/migrate.ts) moves it.
import type { Tx } from "../db";
import { afterTransaction } from "../db/transaction-hooks";
import { DomainError } from "../errors";
import { contentKey, fileStore, holdKey, isHeld, type FileStore } from "../files";
import type { PrismaClient } from "../db";
import { detectKind, MIME_TYPES, type FileKind } from "./content-type";

/** What evidence may be: PDF, images, office documents, CSV or text, recognised by content. */
export const EVIDENCE_KINDS: readonly FileKind[] = ["pdf", "png", "jpeg", "docx", "xlsx", "odt", "ods", "doc", "xls", "csv", "txt"];

export interface UploadedFile {
  name: string;
  /** What the browser claimed; never stored or trusted (the content decides). */
  type: string;
  bytes: Uint8Array;
}

const EMPTY_MESSAGE = "Berkas kosong.";

export function checkEvidence(file: UploadedFile, maxBytes: number, allowed: readonly FileKind[] = EVIDENCE_KINDS): void {
  if (file.bytes.byteLength === 0) throw new DomainError("INVALID", "Berkas bukti kosong.", { evidence: [EMPTY_MESSAGE] });
  if (file.bytes.byteLength > maxBytes) {
    const message = `Berkas bukti terlalu besar (maksimal ${Math.round(maxBytes / 1024 / 1024)} MB).`;
    throw new DomainError("INVALID", message, { evidence: [message] });
  }
  if (!detectKind(safeFileName(file.name), file.bytes, allowed)) {
    const message = "Jenis berkas bukti tidak didukung atau isinya tidak sesuai dengan ekstensinya (PDF, gambar, dokumen kantor, CSV atau teks).";
    throw new DomainError("INVALID", message, { evidence: [message] });
  }
}

/**
 * The name a file is stored and offered under: the last part of what the browser sent (no folder,
 * "../../etc/passwd.pdf" → "passwd.pdf"), without control characters, at most 255 characters.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().replace(/^\.+/, "");
  if (!clean) return "berkas";
  if (clean.length <= 255) return clean;
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
  return clean.slice(0, 255 - ext.length) + ext;
}

/**
 * Stores an uploaded file inside the caller's transaction: the content into the file store, an
 * `Attachment` row for it. Should the transaction roll back (a refusal after this call, a unique
 * key taken, a stale edit), the file is deleted again unless a committed row or another running
 * transaction uses the same content.
 */
export async function storeAttachment(
  tx: Tx,
  file: UploadedFile,
  uploadedById: string,
  allowed: readonly FileKind[] = EVIDENCE_KINDS,
): Promise<string> {
  // Checked again here, so no caller can store a file of a type it did not check.
  const fileName = safeFileName(file.name);
  if (file.bytes.byteLength === 0) throw new DomainError("INVALID", "Berkas kosong.", { evidence: [EMPTY_MESSAGE] });
  const kind = detectKind(fileName, file.bytes, allowed);
  if (!kind) throw new DomainError("INVALID", "Jenis berkas tidak didukung.", { evidence: ["Jenis berkas tidak didukung."] });

  const store = fileStore();
  const key = contentKey(file.bytes);
  const release = holdKey(key);
  const tracked = afterTransaction(tx, async ({ committed, db }) => {
    release();
    if (!committed) await discardUnreferenced(db, store, [key]);
  });
  // A transaction not opened through lib/db cannot report its end: the hold lapses after the
  // longest transaction, and the sweep job removes the file if no row came of it.
  if (!tracked) setTimeout(release, 15 * 60_000).unref();

  const stored = await store.put(file.bytes);
  const created = await tx.attachment.create({
    data: { fileName, mimeType: MIME_TYPES[kind], size: stored.size, data: null, sha256: stored.key, uploadedById },
    select: { id: true },
  });
  return created.id;
}

/**
 * Deletes an attachment inside the caller's transaction (e.g. a destruction purging a document's
 * content). Once the transaction commits, its file is deleted unless another row uses the same
 * content; a rollback keeps both. Returns whether the row existed.
 */
export async function deleteAttachment(tx: Tx, attachmentId: string): Promise<boolean> {
  const row = await tx.attachment.findUnique({ where: { id: attachmentId }, select: { sha256: true } });
  if (!row) return false;
  await tx.attachment.delete({ where: { id: attachmentId } });
  const store = fileStore();
  // Untracked transaction: the sweep removes the file a day later.
  afterTransaction(tx, async ({ committed, db }) => {
    if (committed) await discardUnreferenced(db, store, [row.sha256]);
  });
  return true;
}

/**
 * Deletes the files of `keys` that no `Attachment` row references and no running transaction of
 * this process holds. Returns how many were deleted.
 */
export async function discardUnreferenced(db: PrismaClient | Tx, store: FileStore, keys: readonly string[]): Promise<number> {
  let deleted = 0;
  for (const key of new Set(keys)) {
    if (isHeld(key)) continue;
    const referenced = await db.attachment.count({ where: { sha256: key } });
    if (referenced > 0 || isHeld(key)) continue;
    await store.delete(key);
    deleted++;
  }
  return deleted;
}

/** Deletes several attachments (a destruction purging a document's content); returns how many rows went. */
export async function deleteAttachments(tx: Tx, attachmentIds: readonly string[]): Promise<number> {
  let deleted = 0;
  for (const id of new Set(attachmentIds)) if (await deleteAttachment(tx, id)) deleted++;
  return deleted;
}
