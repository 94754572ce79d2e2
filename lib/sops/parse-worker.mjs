// Worker thread of lib/sops/parse-off-thread.ts: parses one SOP document away from the request
// thread. Plain JavaScript loaded from disk; tsx (a dependency) loads the TypeScript parser.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
try {
  const { parseSopDocument } = await import(workerData.parser);
  parentPort.postMessage({ ok: true, result: parseSopDocument(workerData.text, { fileName: workerData.fileName }) });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String(error?.message ?? error) });
}
