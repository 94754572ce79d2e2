// Word documents: mammoth (pure JavaScript) turns the .docx into simple HTML; table rows become
// tab-separated lines and paragraphs become lines, the same shape as the converted seed documents.
//
// An upload is untrusted: a small .docx can inflate to gigabytes. Before anything is unzipped the
// zip's directory is read and refused when its parts would inflate beyond
// SOP_DOCX_MAX_INFLATED_BYTES; mammoth then runs in a worker thread with a memory limit and is
// stopped after SOP_DOCX_PARSE_TIMEOUT_MS (the directory can lie; the worker's limits cannot), so
// one upload never stalls the requests of other users. The worker also turns mammoth's HTML into
// lines (docx-lines.cjs), since a crafted table can make that costly too. At most two documents are
// read at once, and at most MAX_WAITING wait their turn; beyond, the upload is refused as busy.
import path from "node:path";
import { runBoundedWorker } from "../utils/bounded-worker";
import { DomainError } from "../errors";
import { SOP_DOCX_MAX_INFLATED_BYTES, SOP_DOCX_PARSE_TIMEOUT_MS, SOP_TEXT_MAX_CHARS } from "./constants";

const unreadable = () => new DomainError("INVALID", "Berkas .docx tidak dapat dibaca (rusak atau bukan dokumen Word).");
const textTooLong = () => new DomainError("INVALID", `Teks berkas terlalu panjang (maksimal ${SOP_TEXT_MAX_CHARS / 1024 / 1024} MB).`);
const tooLarge = () =>
  new DomainError("INVALID", `Isi berkas .docx terlalu besar (maksimal ${SOP_DOCX_MAX_INFLATED_BYTES / 1024 / 1024} MB setelah diekstrak).`);

export interface ZipDirectory {
  entries: number;
  /** The sum of the sizes the directory declares for its parts once inflated. */
  inflatedBytes: number;
}

const MAX_ZIP_ENTRIES = 5_000;

/** Reads a zip's central directory (no inflating). Refuses what is not a zip, and zip64. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes, at the end.
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable();
  const entries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || directoryOffset === 0xffffffff || directoryOffset + directorySize > eocd) throw unreadable();
  if (entries > MAX_ZIP_ENTRIES) throw tooLarge();
  let offset = directoryOffset;
  let inflatedBytes = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== 0x02014b50) throw unreadable();
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) throw tooLarge();
    inflatedBytes += size;
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return { entries, inflatedBytes };
}

// The worker is plain CommonJS (evaluated, not bundled) and loads mammoth from the project's
// node_modules, so it runs the same under next start, next dev and vitest.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
const load = createRequire(workerData.base);
const mammoth = load("mammoth");
const { htmlToLines } = load("./lib/sops/docx-lines.cjs");
mammoth.convertToHtml({ buffer: Buffer.from(workerData.bytes) }).then(
  (result) => {
    const text = htmlToLines(result.value, workerData.maxChars);
    parentPort.postMessage(text === null ? { ok: false, tooLong: true } : { ok: true, text });
  },
  () => parentPort.postMessage({ ok: false }),
);
`;

export interface DocxLimits {
  inflatedBytes: number;
  timeoutMs: number;
}

const DEFAULT_LIMITS: DocxLimits = { inflatedBytes: SOP_DOCX_MAX_INFLATED_BYTES, timeoutMs: SOP_DOCX_PARSE_TIMEOUT_MS };

let running = 0;
const waiting: (() => void)[] = [];
const MAX_PARALLEL = 2;
/** Jobs that may wait their turn; each holds its upload in memory meanwhile. */
export const MAX_WAITING = 8;

/**
 * At most MAX_PARALLEL documents are read (unzipped or parsed) at once; up to MAX_WAITING others
 * wait, and beyond that the job is refused at once.
 */
export async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) {
    if (waiting.length >= MAX_WAITING) throw new DomainError("INVALID", "Server sedang sibuk membaca berkas lain; coba lagi sebentar lagi.");
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function convertInWorker(bytes: Uint8Array, limits: DocxLimits): Promise<string> {
  return runBoundedWorker({
    source: WORKER_SOURCE,
    workerData: { bytes, base: path.join(process.cwd(), "package.json"), maxChars: SOP_TEXT_MAX_CHARS },
    // Room for the inflated parts and mammoth's document model, not for a bomb.
    resourceLimits: { maxOldGenerationSizeMb: Math.max(64, Math.ceil((limits.inflatedBytes * 8) / 1024 / 1024)), maxYoungGenerationSizeMb: 32 },
    timeoutMs: limits.timeoutMs,
    onMessage: (message: { ok: boolean; text?: string; tooLong?: boolean }) => {
      if (message.ok && typeof message.text === "string") return message.text;
      throw message.tooLong ? textTooLong() : unreadable();
    },
    onTimeout: () => new DomainError("INVALID", "Berkas .docx terlalu rumit untuk dibaca dalam batas waktu."),
    onError: () => tooLarge(),
    onExit: () => unreadable(),
  });
}

export async function docxToText(bytes: Uint8Array, limits: DocxLimits = DEFAULT_LIMITS): Promise<string> {
  const directory = readZipDirectory(bytes);
  if (directory.inflatedBytes > limits.inflatedBytes) throw tooLarge();
  return inTurn(() => convertInWorker(bytes, limits));
}
