// Word documents: mammoth (pure JavaScript) turns the .docx into simple HTML; table rows become
// tab-separated lines and paragraphs become lines, the same shape as the converted seed documents.
//
// An upload is untrusted: a small .docx can inflate to gigabytes. Before anything is unzipped the
// zip's directory is read and refused when its parts would inflate beyond
// SOP_DOCX_MAX_INFLATED_BYTES; mammoth then runs in a worker thread with a memory limit and is
// stopped after SOP_DOCX_PARSE_TIMEOUT_MS (the directory can lie; the worker's limits cannot), so
// one upload never stalls the requests of other users. At most two documents are read at once.
import path from "node:path";
import { runBoundedWorker } from "../utils/bounded-worker";
import { DomainError } from "../errors";
import { SOP_DOCX_MAX_INFLATED_BYTES, SOP_DOCX_PARSE_TIMEOUT_MS, SOP_TEXT_MAX_CHARS } from "./constants";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]);
}

/** The text of a fragment; line breaks and paragraph ends inside it (a cell's paragraphs) become spaces. */
function inlineText(html: string): string {
  return decode(html.replace(/<br\s*\/?>|<\/(?:p|li|h[1-6])>/g, " ").replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
}

/** A span attribute of a cell's opening tag (1 when absent or not a number; at most 100). */
function span(openTag: string, name: "colspan" | "rowspan"): number {
  const value = Number(new RegExp(`${name}="(\\d+)"`).exec(openTag)?.[1] ?? 1);
  return Number.isInteger(value) && value >= 1 ? Math.min(value, 100) : 1;
}

/**
 * A table's rows with merged cells expanded, so every row has one cell per grid column: the text
 * of a cell spanning several columns stays in its first column with empty cells after it (the usual
 * "Pelaksana" over the actor names), and a cell spanning several rows leaves an empty cell in the
 * rows below (the "No" and "Kegiatan" beside the actor names).
 */
function tableRows(table: string): string[][] {
  const rows: string[][] = [];
  /** Grid columns still covered by a cell from a row above: column → rows left. */
  const covered = new Map<number, number>();
  for (const row of table.match(/<tr[\s\S]*?<\/tr>/g) ?? []) {
    const out: string[] = [];
    const take = () => {
      while ((covered.get(out.length) ?? 0) > 0) {
        covered.set(out.length, covered.get(out.length)! - 1);
        out.push("");
      }
    };
    for (const cell of row.match(/<t[dh][^>]*>[\s\S]*?<\/t[dh]>/g) ?? []) {
      take();
      const open = /^<t[dh][^>]*>/.exec(cell)![0];
      const cols = span(open, "colspan");
      const down = span(open, "rowspan") - 1;
      for (let c = 0; c < cols; c++) {
        if (down > 0) covered.set(out.length, down);
        out.push(c === 0 ? inlineText(cell) : "");
      }
    }
    // Columns at the row's end still covered from above.
    while ([...covered.entries()].some(([col, left]) => col >= out.length && left > 0)) {
      const left = covered.get(out.length) ?? 0;
      if (left > 0) covered.set(out.length, left - 1);
      out.push("");
    }
    rows.push(out);
  }
  return rows;
}

/**
 * Mammoth's HTML as lines: one per paragraph or list item, one per table row with tab-separated
 * cells (merged cells expanded to the table's grid).
 */
export function htmlToLines(html: string): string {
  const lines: string[] = [];
  const blocks = html.split(/(<table[\s\S]*?<\/table>)/g);
  for (const block of blocks) {
    if (block.startsWith("<table")) {
      for (const cells of tableRows(block)) lines.push(cells.join("\t"));
      continue;
    }
    for (const piece of block.split(/<\/(?:p|li|h[1-6])>/g)) {
      const text = inlineText(piece);
      if (text) lines.push(text);
    }
  }
  return lines.join("\n");
}

const unreadable = () => new DomainError("INVALID", "Berkas .docx tidak dapat dibaca (rusak atau bukan dokumen Word).");
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
const mammoth = createRequire(workerData.base)("mammoth");
mammoth.convertToHtml({ buffer: Buffer.from(workerData.bytes) }).then(
  (result) => parentPort.postMessage({ ok: true, html: result.value }),
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

/** At most MAX_PARALLEL documents are read (unzipped or parsed) at once; the others wait. */
export async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
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
    workerData: { bytes, base: path.join(process.cwd(), "package.json") },
    // Room for the inflated parts and mammoth's document model, not for a bomb.
    resourceLimits: { maxOldGenerationSizeMb: Math.max(64, Math.ceil((limits.inflatedBytes * 8) / 1024 / 1024)), maxYoungGenerationSizeMb: 32 },
    timeoutMs: limits.timeoutMs,
    onMessage: (message: { ok: boolean; html?: string }) => {
      if (message.ok && typeof message.html === "string") return message.html;
      throw unreadable();
    },
    onTimeout: () => new DomainError("INVALID", "Berkas .docx terlalu rumit untuk dibaca dalam batas waktu."),
    onError: () => tooLarge(),
    onExit: () => unreadable(),
  });
}

export async function docxToText(bytes: Uint8Array, limits: DocxLimits = DEFAULT_LIMITS): Promise<string> {
  const directory = readZipDirectory(bytes);
  if (directory.inflatedBytes > limits.inflatedBytes) throw tooLarge();
  const html = await inTurn(() => convertInWorker(bytes, limits));
  const text = htmlToLines(html);
  if (text.length > SOP_TEXT_MAX_CHARS) {
    throw new DomainError("INVALID", `Teks berkas terlalu panjang (maksimal ${SOP_TEXT_MAX_CHARS / 1024 / 1024} MB).`);
  }
  return text;
}
