// The upload's PDF reader runs in a bounded worker: same result as in-process, refusals as
// DomainError with the reader's message, time limit, and the request thread stays free meanwhile.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { SOP_PDF_MAX_BYTES, SOP_PDF_MAX_INFLATED_BYTES, SOP_PDF_MAX_PAGES } from "./constants";
import { deflatedZeros, pdfWithStream } from "./import/__pdf__/bomb-pdf";
import { buildManyPagesPdf, buildSopPdf } from "./import/__pdf__/build-sop-pdf";
import { PUSKESMAS_SOP } from "./import/__pdf__/sample-sops";
import { parsePdf } from "./import/pdf-parse";
import { parsePdfOffThread } from "./pdf-off-thread";

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).reason).toBe("INVALID");
  return error as DomainError;
}

describe("parsePdfOffThread", () => {
  it("gives what the PDF parser gives in-process", async () => {
    const { bytes } = await buildSopPdf([PUSKESMAS_SOP]);
    const expected = await parsePdf(bytes, { fileName: "surat-masuk.pdf" });
    expect(await parsePdfOffThread(bytes, "surat-masuk.pdf")).toEqual(expected);
  }, 30_000);

  it("turns the reader's refusal into the user's message", async () => {
    const encrypted = readFileSync(path.join(import.meta.dirname, "import", "__pdf__", "encrypted.pdf"));
    expect((await failure(parsePdfOffThread(encrypted, "rahasia.pdf"))).message).toMatch(/dilindungi kata sandi/);
    expect((await failure(parsePdfOffThread(new TextEncoder().encode("%PDF-1.7 rusak"), "rusak.pdf"))).message).toMatch(/bukan PDF yang utuh/);
  }, 30_000);

  it("refuses 500 pages within seconds while the request thread keeps serving", async () => {
    const bytes = await buildManyPagesPdf(500);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const started = Date.now();
    const error = await failure(parsePdfOffThread(bytes, "tebal.pdf"));
    const elapsed = Date.now() - started;
    clearInterval(timer);
    expect(error.message).toContain(`500 halaman, melebihi batas ${SOP_PDF_MAX_PAGES} halaman`);
    expect(elapsed).toBeLessThan(15_000);
    // The event loop ran throughout: at least a third of the 10 ms ticks it would run when idle.
    expect(ticks).toBeGreaterThan(elapsed / 10 / 3);
  }, 60_000);

  it("stops a read that takes longer than its time limit", async () => {
    const { bytes } = await buildSopPdf([PUSKESMAS_SOP]);
    expect((await failure(parsePdfOffThread(bytes, "lambat.pdf", { timeoutMs: 1 }))).message).toMatch(/batas waktu/);
  });

  it("stops a read that outgrows its memory limit, with a message, and keeps serving", async () => {
    const { bytes } = await buildSopPdf([PUSKESMAS_SOP]);
    expect((await failure(parsePdfOffThread(bytes, "berat.pdf", { maxOldGenerationSizeMb: 4 }))).message).toMatch(/terlalu besar untuk dibaca/);
    // The next upload is read as usual.
    expect(await parsePdfOffThread(bytes, "surat-masuk.pdf")).toHaveProperty("sops");
  }, 30_000);

  it("refuses a small PDF that inflates to far more than the budget, without the memory, and ends its worker", async () => {
    const MB = 1024 * 1024;
    // About 2 MB on disk, a content stream of 512 MB: pdfjs alone would grow buffers past a gigabyte.
    const bomb = pdfWithStream(await deflatedZeros(2 * SOP_PDF_MAX_INFLATED_BYTES));
    expect(bomb.byteLength).toBeLessThan(4 * MB);
    const workers: Worker[] = [];
    const exited: Worker[] = [];
    const track = (worker: Worker) => {
      workers.push(worker);
      worker.once("exit", () => exited.push(worker));
    };
    process.on("worker", track);
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    try {
      const error = await failure(parsePdfOffThread(bomb, "bom.pdf"));
      expect(error.message).toMatch(/^Isi berkas PDF terlalu besar setelah diekstrak \(lebih dari 256 MB\)/);
      // Settled only once its worker is gone, so the next upload does not share memory with it.
      expect(workers).toHaveLength(1);
      expect(exited).toEqual(workers);
    } finally {
      clearInterval(timer);
      process.off("worker", track);
    }
    // The worker's own start (pdfjs, tsx) and the 1 MB steps of the count; no budget-sized buffer.
    expect((peak - before) / MB).toBeLessThan(SOP_PDF_MAX_INFLATED_BYTES / MB);
    const { bytes } = await buildSopPdf([PUSKESMAS_SOP]);
    expect(await parsePdfOffThread(bytes, "surat-masuk.pdf")).toHaveProperty("sops");
  }, 60_000);

  it("refuses a file over the size limit without reading it", async () => {
    const big = new Uint8Array(SOP_PDF_MAX_BYTES + 1);
    expect((await failure(parsePdfOffThread(big, "besar.pdf"))).message).toContain("maksimal 20 MB");
  });
});
