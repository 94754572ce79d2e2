// The type of an uploaded file, decided from its content (magic bytes), never from the name or
// the Content-Type the browser sent: that is what is stored and served. A file whose content does
// not match its extension, or whose type is not on the upload's list, is refused.

export type FileKind = "pdf" | "png" | "jpeg" | "docx" | "xlsx" | "odt" | "ods" | "doc" | "xls" | "csv" | "txt";

export const MIME_TYPES: Record<FileKind, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  csv: "text/csv; charset=utf-8",
  txt: "text/plain; charset=utf-8",
};

/** Which extensions each kind may carry. */
const EXTENSIONS: Record<FileKind, readonly string[]> = {
  pdf: ["pdf"], png: ["png"], jpeg: ["jpg", "jpeg"], docx: ["docx"], xlsx: ["xlsx"], odt: ["odt"], ods: ["ods"],
  doc: ["doc"], xls: ["xls"], csv: ["csv"], txt: ["txt"],
};

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.byteLength >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

const latin1 = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes);

/** Names in a zip's central directory (no inflating), or null when it is not a zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 65_535); i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const entries = view.getUint16(i + 10, true);
    let offset = view.getUint32(i + 16, true);
    const names: string[] = [];
    for (let n = 0; n < entries; n++) {
      if (offset + 46 > i || view.getUint32(offset, true) !== 0x02014b50) return null;
      const nameLength = view.getUint16(offset + 28, true);
      names.push(latin1(bytes.subarray(offset + 46, offset + 46 + nameLength)));
      offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return names;
  }
  return null;
}

function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The kinds the content can be; the extension picks among them (a zip is docx or xlsx, text is csv or txt). */
function kindsOfContent(bytes: Uint8Array): FileKind[] {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return ["pdf"];
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ["png"];
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return ["jpeg"];
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return ["doc", "xls"];
  const names = zipEntryNames(bytes);
  if (names) {
    if (names.includes("word/document.xml")) return ["docx"];
    if (names.includes("xl/workbook.xml")) return ["xlsx"];
    if (names[0] === "mimetype") {
      // ODF stores its type uncompressed right after the first local header.
      const head = latin1(bytes.subarray(0, 200));
      if (head.includes("application/vnd.oasis.opendocument.text")) return ["odt"];
      if (head.includes("application/vnd.oasis.opendocument.spreadsheet")) return ["ods"];
    }
    return [];
  }
  if (isText(bytes)) {
    // Markup is text too, but a browser would render it: never accepted as a plain text file.
    const start = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
    if (/^<(?:!doctype|html|svg|\?xml|script|head|body)/.test(start)) return [];
    return ["csv", "txt"];
  }
  return [];
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

/** The kind of the file, when its content and its extension agree and the kind is allowed; else null. */
export function detectKind(fileName: string, bytes: Uint8Array, allowed: readonly FileKind[]): FileKind | null {
  const ext = extensionOf(fileName);
  const kind = kindsOfContent(bytes).find((k) => EXTENSIONS[k].includes(ext));
  return kind && allowed.includes(kind) ? kind : null;
}

/** Headers to serve a stored file: a type from the list above only, as a download, never sniffed. */
export function downloadHeaders(fileName: string, storedType: string): Record<string, string> {
  const known = (Object.values(MIME_TYPES) as string[]).includes(storedType);
  return {
    "Content-Type": known ? storedType : "application/octet-stream",
    "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
}
