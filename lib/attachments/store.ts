// Uploaded evidence files, kept in the database (works the same on PGlite and PostgreSQL and is
// backed up with the records it proves).
import { createHash } from "node:crypto";
import type { Tx } from "../db";
import { DomainError } from "../errors";
import { detectKind, MIME_TYPES, type FileKind } from "./content-type";

/** What evidence may be: PDF, images, office documents, CSV or text, recognised by content. */
export const EVIDENCE_KINDS: readonly FileKind[] = ["pdf", "png", "jpeg", "docx", "xlsx", "odt", "ods", "doc", "xls", "csv", "txt"];

export interface UploadedFile {
  name: string;
  /** What the browser claimed; never stored or trusted (the content decides). */
  type: string;
  bytes: Uint8Array;
}

export function checkEvidence(file: UploadedFile, maxBytes: number, allowed: readonly FileKind[] = EVIDENCE_KINDS): void {
  if (file.bytes.byteLength === 0) throw new DomainError("INVALID", "Berkas bukti kosong.", { evidence: ["Berkas kosong."] });
  if (file.bytes.byteLength > maxBytes) {
    const message = `Berkas bukti terlalu besar (maksimal ${Math.round(maxBytes / 1024 / 1024)} MB).`;
    throw new DomainError("INVALID", message, { evidence: [message] });
  }
  if (!detectKind(file.name, file.bytes, allowed)) {
    const message = "Jenis berkas bukti tidak didukung atau isinya tidak sesuai dengan ekstensinya (PDF, gambar, dokumen kantor, CSV atau teks).";
    throw new DomainError("INVALID", message, { evidence: [message] });
  }
}

export async function storeAttachment(
  tx: Tx,
  file: UploadedFile,
  uploadedById: string,
  allowed: readonly FileKind[] = EVIDENCE_KINDS,
): Promise<string> {
  // Checked again here, so no caller can store a file of a type it did not check.
  const kind = detectKind(file.name, file.bytes, allowed);
  if (!kind) throw new DomainError("INVALID", "Jenis berkas tidak didukung.", { evidence: ["Jenis berkas tidak didukung."] });
  const created = await tx.attachment.create({
    data: {
      fileName: file.name.slice(0, 255),
      mimeType: MIME_TYPES[kind],
      size: file.bytes.byteLength,
      data: Buffer.from(file.bytes),
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
      uploadedById,
    },
    select: { id: true },
  });
  return created.id;
}
