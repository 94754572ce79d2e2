// Parsing an uploaded SOP document in a worker thread (parse-worker.mjs) with a memory and a time
// limit, so a large or pathological upload never stalls the requests of other users. Where the
// worker cannot start (the TypeScript sources or tsx are not deployed), the document is parsed
// in-process, which the text limit (SOP_TEXT_MAX_CHARS) keeps to a second or two.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DomainError } from "../errors";
import { runBoundedWorker } from "../utils/bounded-worker";
import { SOP_PARSE_TIMEOUT_MS } from "./constants";
import { inTurn } from "./docx";
import { parseSopDocument, type ParseResult } from "./import";

class WorkerUnavailable extends Error {}

function parseInWorker(text: string, fileName: string, timeoutMs: number): Promise<ParseResult> {
  const root = process.cwd();
  // A one-line evaluated entry that imports the worker file at run time: the bundler must not
  // follow it (it would try to bundle tsx and esbuild's binary into the server build).
  const entry = pathToFileURL(path.join(root, "lib", "sops", "parse-worker.mjs")).href;
  return runBoundedWorker({
    source: "import(require('node:worker_threads').workerData.entry);",
    workerData: { entry, text, fileName, parser: pathToFileURL(path.join(root, "lib", "sops", "import", "index.ts")).href },
    resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
    timeoutMs,
    onMessage: (message: { ok: boolean; result?: ParseResult; message?: string }) => {
      if (message.ok && message.result) return message.result;
      throw new WorkerUnavailable(message.message);
    },
    onTimeout: () => new DomainError("INVALID", "Berkas terlalu rumit untuk dibaca dalam batas waktu."),
    onError: (error) =>
      error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new DomainError("INVALID", "Berkas terlalu besar untuk dibaca.") : new WorkerUnavailable(error.message),
    onExit: () => new WorkerUnavailable("exit"),
  });
}

export async function parseOffThread(text: string, fileName: string, timeoutMs = SOP_PARSE_TIMEOUT_MS): Promise<ParseResult> {
  try {
    return await inTurn(() => parseInWorker(text, fileName, timeoutMs));
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error;
    console.warn(`Pembaca SOP di worker tidak tersedia (${error.message}); dokumen dibaca di proses utama.`);
    return parseSopDocument(text, { fileName });
  }
}
