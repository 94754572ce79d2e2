/**
 * Test helper: PDFs whose compressed streams inflate far beyond their size (deflated zeros), the
 * way a hostile upload would, built without ever holding the inflated bytes.
 */
import { constants, createDeflate, deflateSync } from "node:zlib";

/** zlib data that inflates to `bytes` zero bytes, deflated in 1 MB steps. */
export function deflatedZeros(bytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const deflate = createDeflate({ level: constants.Z_BEST_SPEED });
    const parts: Buffer[] = [];
    deflate.on("data", (part: Buffer) => parts.push(part));
    deflate.on("end", () => resolve(Buffer.concat(parts)));
    deflate.on("error", reject);
    const step = Buffer.alloc(1024 * 1024);
    let left = bytes;
    const write = () => {
      while (left > 0) {
        const part = left >= step.length ? step : step.subarray(0, left);
        left -= part.length;
        if (!deflate.write(part)) return void deflate.once("drain", write);
      }
      deflate.end();
    };
    write();
  });
}

export interface BombOptions {
  /** The stream dictionary's entries (default: its /Length and one /FlateDecode). */
  dict?: (length: number) => string;
  /** Deflate the data this many more times (a chain of Flate filters). */
  extraLayers?: number;
  /** Leave out the `endstream` keyword and everything after it. */
  truncated?: boolean;
}

/** A one-page PDF whose content stream is `data` (already deflated). */
export function pdfWithStream(data: Buffer, options: BombOptions = {}): Uint8Array {
  let stream = data;
  for (let i = 0; i < (options.extraLayers ?? 0); i++) stream = deflateSync(stream);
  const dict = options.dict?.(stream.length) ?? `/Length ${stream.length} /Filter /FlateDecode`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
  ];
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n", "latin1")];
  const offsets: number[] = [];
  let size = parts[0].length;
  const push = (part: Buffer) => {
    parts.push(part);
    size += part.length;
  };
  objects.forEach((object, i) => {
    offsets.push(size);
    push(Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`, "latin1"));
  });
  offsets.push(size);
  push(Buffer.from(`4 0 obj\n<< ${dict} >>\nstream\n`, "latin1"));
  push(stream);
  if (options.truncated) return new Uint8Array(Buffer.concat(parts));
  push(Buffer.from("\nendstream\nendobj\n", "latin1"));
  const xref = size;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  push(Buffer.from(`xref\n0 5\n0000000000 65535 f \n${rows}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, "latin1"));
  return new Uint8Array(Buffer.concat(parts));
}
