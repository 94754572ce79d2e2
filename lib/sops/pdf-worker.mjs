// Worker thread of lib/sops/pdf-off-thread.ts: reads one PDF and parses its SOP AP away from the
// request thread. Plain JavaScript loaded from disk; tsx (a dependency) loads the TypeScript.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

// pdfjs (plain JavaScript, megabytes of it) is loaded before tsx hooks in, so tsx does not
// transform it on every upload; its worker code runs in this thread (pdfjs's "fake worker").
globalThis.pdfjsWorker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
await import("pdfjs-dist/legacy/build/pdf.mjs");
register();
let parsePdf;
let PdfRefusal;
try {
  ({ parsePdf } = await import(workerData.parser));
  ({ PdfRefusal } = await import(workerData.reader));
} catch (error) {
  parentPort.postMessage({ ok: false, message: String(error?.message ?? error) });
}
if (parsePdf) {
  try {
    const result = await parsePdf(new Uint8Array(workerData.bytes), { fileName: workerData.fileName }, { maxPages: workerData.maxPages });
    parentPort.postMessage({ ok: true, result });
  } catch (error) {
    parentPort.postMessage(error instanceof PdfRefusal ? { ok: false, refusal: error.message } : { ok: false, message: String(error?.message ?? error) });
  }
}
