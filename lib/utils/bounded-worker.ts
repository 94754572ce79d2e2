// Runs one job in a worker thread with a memory and a time limit, and settles exactly once: on the
// worker's message, on the time limit, on an error (running out of memory ends the worker with
// one) or on an early exit. The one way the portal reads untrusted uploads off the request thread.
import { Worker, type ResourceLimits } from "node:worker_threads";

export interface BoundedWorkerJob<T, M> {
  /** Evaluated worker source (`eval: true`). */
  source: string;
  workerData: unknown;
  resourceLimits: ResourceLimits;
  timeoutMs: number;
  onMessage: (message: M) => T;
  onTimeout: () => Error;
  onError: (error: Error & { code?: string }) => Error;
  onExit: () => Error;
}

export function runBoundedWorker<T, M>(job: BoundedWorkerJob<T, M>): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(job.source, { eval: true, workerData: job.workerData, resourceLimits: job.resourceLimits });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Settles once the worker is gone, so what it held (pdfjs's buffers, say) is freed before the next job.
      void worker.terminate().then(outcome, outcome);
    };
    const timer = setTimeout(() => finish(() => reject(job.onTimeout())), job.timeoutMs);
    worker.on("message", (message: M) =>
      finish(() => {
        try {
          resolve(job.onMessage(message));
        } catch (error) {
          reject(error);
        }
      }),
    );
    worker.on("error", (error: Error & { code?: string }) => finish(() => reject(job.onError(error))));
    worker.on("exit", () => finish(() => reject(job.onExit())));
  });
}
