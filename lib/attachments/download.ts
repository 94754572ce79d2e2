// Serving a stored file: call it after the route's own permission check. The content is
// verified against the checksum recorded at upload before any byte is sent; a missing or
// corrupt file is logged and answered with an Indonesian message instead of a broken download.
import { createHash } from "node:crypto";
import { fileStore, isFileStoreError } from "../files";
import { downloadHeaders } from "./content-type";

/** The columns a download needs: select these (ATTACHMENT_FILE_SELECT) in the data function. */
export interface AttachmentFile {
  id: string;
  fileName: string;
  mimeType: string;
  sha256: string;
  /** Content of a row written before the file store, until it is moved there. */
  data: Uint8Array | null;
}

export const ATTACHMENT_FILE_SELECT = { id: true, fileName: true, mimeType: true, sha256: true, data: true } as const;

export const MISSING_FILE_MESSAGE = "Berkas tidak ditemukan di penyimpanan portal. Hubungi admin portal untuk memulihkannya dari cadangan.";
export const CORRUPT_FILE_MESSAGE =
  "Berkas rusak: isinya tidak sama dengan saat diunggah, sehingga tidak diunduhkan. Hubungi admin portal untuk memulihkannya dari cadangan.";

function failure(status: number, message: string): Response {
  return Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });
}

/** The download response of an attachment the caller has already authorized. */
export async function attachmentResponse(attachment: AttachmentFile): Promise<Response> {
  const headers = { ...downloadHeaders(attachment.fileName, attachment.mimeType), "Cache-Control": "private, no-store" };
  if (attachment.data) {
    const hash = createHash("sha256").update(attachment.data).digest("hex");
    if (hash !== attachment.sha256) {
      console.error(`Lampiran ${attachment.id} (${attachment.fileName}) rusak di basis data: checksum ${hash}, seharusnya ${attachment.sha256}.`);
      return failure(500, CORRUPT_FILE_MESSAGE);
    }
    return new Response(Buffer.from(attachment.data), { headers: { ...headers, "Content-Length": String(attachment.data.byteLength) } });
  }
  try {
    const { size, stream } = await fileStore().open(attachment.sha256);
    return new Response(stream, { headers: { ...headers, "Content-Length": String(size) } });
  } catch (error) {
    if (!isFileStoreError(error)) throw error;
    console.error(`Lampiran ${attachment.id} (${attachment.fileName}) tidak dapat diunduh: ${error.message}`);
    return error.problem === "MISSING" ? failure(404, MISSING_FILE_MESSAGE) : failure(500, CORRUPT_FILE_MESSAGE);
  }
}
