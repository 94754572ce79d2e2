// Reads an uploaded PDF in a bounded worker (time and memory limit) and parses its SOP AP, so a
// large or hostile PDF never stalls the requests of other users. Unlike text, a PDF is never read
// in-process: pdfjs on a 500-page or crafted file has no bound but the worker's.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DomainError } from "../errors";
import { runBoundedWorker } from "../utils/bounded-worker";
import { SOP_PDF_MAX_BYTES, SOP_PDF_MAX_PAGES, SOP_PDF_TIMEOUT_MS } from "./constants";
import { inTurn } from "./docx";
import type { ParseResult } from "./import/types";

type WorkerMessage = { ok: true; result: ParseResult } | { ok: false; refusal?: string; message?: string };

export interface PdfReadLimits {
  timeoutMs: number;
  maxPages: number;
  maxOldGenerationSizeMb: number;
}

const DEFAULT_LIMITS: PdfReadLimits = { timeoutMs: SOP_PDF_TIMEOUT_MS, maxPages: SOP_PDF_MAX_PAGES, maxOldGenerationSizeMb: 512 };

const unavailable = (detail: string) => {
  console.error(`Pembaca PDF di worker gagal: ${detail}`);
  return new DomainError("INVALID", "PDF tidak dapat dibaca saat ini. Coba lagi nanti, atau unggah dokumennya sebagai .docx.");
};

function readInWorker(bytes: Uint8Array, fileName: string, limits: PdfReadLimits): Promise<ParseResult> {
  const root = process.cwd();
  const url = (...parts: string[]) => pathToFileURL(path.join(root, ...parts)).href;
  return runBoundedWorker({
    // Evaluated, so the bundler never follows the worker into tsx and pdfjs.
    source: "import(require('node:worker_threads').workerData.entry);",
    workerData: {
      entry: url("lib", "sops", "pdf-worker.mjs"),
      parser: url("lib", "sops", "import", "pdf-parse.ts"),
      reader: url("lib", "sops", "import", "pdf.ts"),
      bytes,
      fileName,
      maxPages: limits.maxPages,
    },
    resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 32 },
    timeoutMs: limits.timeoutMs,
    onMessage: (message: WorkerMessage) => {
      if (message.ok) return message.result;
      if (message.refusal) throw new DomainError("INVALID", message.refusal);
      throw unavailable(message.message ?? "tanpa pesan");
    },
    onTimeout: () =>
      new DomainError("INVALID", `PDF terlalu rumit untuk dibaca dalam batas waktu (${Math.round(limits.timeoutMs / 1000)} detik). Pisahkan menjadi beberapa berkas.`),
    onError: (error) =>
      error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new DomainError("INVALID", "PDF terlalu besar untuk dibaca. Pisahkan menjadi beberapa berkas.") : unavailable(error.message),
    onExit: () => unavailable("worker berhenti tanpa hasil"),
  });
}

export async function parsePdfOffThread(bytes: Uint8Array, fileName: string, limits: Partial<PdfReadLimits> = {}): Promise<ParseResult> {
  if (bytes.byteLength > SOP_PDF_MAX_BYTES) {
    throw new DomainError("INVALID", `Berkas PDF terlalu besar (maksimal ${SOP_PDF_MAX_BYTES / 1024 / 1024} MB).`);
  }
  return inTurn(() => readInWorker(bytes, fileName, { ...DEFAULT_LIMITS, ...limits }));
}
