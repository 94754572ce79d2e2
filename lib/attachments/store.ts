// Uploaded evidence files, kept in the database (works the same on PGlite and PostgreSQL and is
// backed up with the records it proves).
import { createHash } from "node:crypto";
import type { Tx } from "../db";
import { DomainError } from "../errors";

const ALLOWED = /\.(pdf|png|jpe?g|docx?|xlsx?|odt|ods|csv|txt)$/i;

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export function checkEvidence(file: UploadedFile, maxBytes: number): void {
  if (file.bytes.byteLength === 0) throw new DomainError("INVALID", "Berkas bukti kosong.", { evidence: ["Berkas kosong."] });
  if (file.bytes.byteLength > maxBytes) {
    const message = `Berkas bukti terlalu besar (maksimal ${Math.round(maxBytes / 1024 / 1024)} MB).`;
    throw new DomainError("INVALID", message, { evidence: [message] });
  }
  if (!ALLOWED.test(file.name)) {
    const message = "Jenis berkas bukti tidak didukung (PDF, gambar, dokumen kantor, CSV atau teks).";
    throw new DomainError("INVALID", message, { evidence: [message] });
  }
}

export async function storeAttachment(tx: Tx, file: UploadedFile, uploadedById: string): Promise<string> {
  const created = await tx.attachment.create({
    data: {
      fileName: file.name.slice(0, 255),
      mimeType: file.type || "application/octet-stream",
      size: file.bytes.byteLength,
      data: Buffer.from(file.bytes),
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
      uploadedById,
    },
    select: { id: true },
  });
  return created.id;
}
