// The inflated-size check that runs before pdfjs: exact on honest streams, and not fooled by the
// ways a crafted file could hide a stream's size (wrong or indirect /Length, no endstream, escaped
// or missing filter names, Flate chains, object and cross-reference streams).
import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { SOP_PDF_MAX_INFLATED_BYTES } from "../constants";
import { deflatedZeros, pdfWithStream, type BombOptions } from "./__pdf__/bomb-pdf";
import { buildManyPagesPdf, buildSopPdf } from "./__pdf__/build-sop-pdf";
import { PUSKESMAS_SOP } from "./__pdf__/sample-sops";
import { PDF_MESSAGES, PdfRefusal, readPdf } from "./pdf";
import { inflatedTotal } from "./pdf-inflate";

const MB = 1024 * 1024;

describe("inflatedTotal", () => {
  it("counts exactly what an honest content stream inflates to", async () => {
    const content = Buffer.from("BT /F1 12 Tf 72 720 Td (Langkah 1) Tj ET\n".repeat(100), "latin1");
    expect(await inflatedTotal(pdfWithStream(deflateSync(content)), MB)).toBe(content.length);
    expect(await inflatedTotal(pdfWithStream(await deflatedZeros(3 * MB)), 4 * MB)).toBe(3 * MB);
  });

  it("lets the PDFs an SOP is exported as through under the real budget", async () => {
    const printView = readFileSync(path.join(import.meta.dirname, "__pdf__", "print-view-surat-keluar.pdf"));
    for (const bytes of [printView, (await buildSopPdf([PUSKESMAS_SOP])).bytes, await buildManyPagesPdf(50)]) {
      const total = await inflatedTotal(bytes, SOP_PDF_MAX_INFLATED_BYTES);
      expect(total).not.toBeNull();
      expect(total!).toBeGreaterThan(0);
    }
  }, 30_000);

  const hidden: [string, BombOptions][] = [
    ["an honest dictionary", {}],
    ["an indirect /Length", { dict: () => "/Length 9 0 R /Filter /FlateDecode" }],
    ["a /Length far too short", { dict: () => "/Length 10 /Filter /FlateDecode" }],
    ["no endstream at all", { truncated: true }],
    ["an escaped filter name", { dict: (n) => `/Length ${n} /Filter /Flat#65Decode` }],
    ["the abbreviated filter name", { dict: (n) => `/Length ${n} /Filter /Fl` }],
    ["a chain of Flate filters", { dict: (n) => `/Length ${n} /Filter [/FlateDecode /FlateDecode]`, extraLayers: 1 }],
    ["three Flate layers", { dict: (n) => `/Length ${n} /Filter [/FlateDecode /FlateDecode /FlateDecode]`, extraLayers: 2 }],
    ["an object stream", { dict: (n) => `/Type /ObjStm /N 1 /First 4 /Length ${n} /Filter /FlateDecode` }],
    ["a cross-reference stream", { dict: (n) => `/Type /XRef /Size 5 /W [1 2 1] /Length ${n} /Filter /FlateDecode` }],
    ["a filter hidden behind a decoy string", { dict: (n) => `/Length ${n} /Decoy (>> endobj) /Filter /FlateDecode` }],
  ];

  it.each(hidden)("stops at the budget for a stream with %s", async (_, options) => {
    const bomb = pdfWithStream(await deflatedZeros(8 * MB), options);
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    expect(await inflatedTotal(bomb, 4 * MB)).toBeNull();
  });
});

describe("readPdf: inflated size", () => {
  it("refuses, before pdfjs reads it, a PDF whose streams inflate past the budget", async () => {
    const bomb = pdfWithStream(await deflatedZeros(8 * MB));
    const error = await readPdf(bomb, { maxInflatedBytes: 4 * MB }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PdfRefusal);
    expect((error as Error).message).toBe(PDF_MESSAGES.tooMuchInflated(4 * MB));
    expect((error as Error).message).toMatch(/^Isi berkas PDF terlalu besar setelah diekstrak \(lebih dari 4 MB\)/);
  });
});
