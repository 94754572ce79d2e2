// The second held-out corpus (__heldout2__/README.md): messier extractions (columns drifting from line
// to line, OCR spacing, hyphenated breaks, abbreviated actor headers) written without reading the parser
// or the other corpora. Same field-by-field comparison as heldout.test.ts; a failure is a parser gap
// unless the README says otherwise.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir, loadCorpus } from "./__corpus__/load";
import { compareSop, formatMismatch, pairSops, sopLabel } from "./corpus-compare";
import { parseSopDocument } from "./parse";
import { parseResultSchema } from "./schema";

const heldout = loadCorpus(path.join(corpusDir, "..", "__heldout2__"));

describe("second held-out corpus: messier layouts (drift, OCR, Word export)", () => {
  it("holds at least 6 documents with 8 SOPs, and texts that are not SOPs", () => {
    expect(heldout.length).toBeGreaterThanOrEqual(6);
    expect(heldout.reduce((n, c) => n + c.expected.length, 0)).toBeGreaterThanOrEqual(8);
    expect(heldout.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(1);
  });

  describe.each(heldout)("$file", ({ file, text, expected }) => {
    const result = parseSopDocument(text, { fileName: file });
    const { pairs, extra } = pairSops(expected, result.sops);
    const found = (s: { nomor: string | null; nama: string | null }) => s.nomor ?? s.nama;

    it("keeps the output shape", () => {
      expect(parseResultSchema.safeParse(result).success).toBe(true);
    });

    it(`finds ${expected.length} SOP(s) and nothing else`, () => {
      expect(pairs.map((p, i) => (p ? found(expected[i]) : `missing ${sopLabel(expected[i], i)}`)), file).toEqual(expected.map(found));
      expect(extra.map(found), `${file}: SOPs the document does not hold`).toEqual([]);
    });

    if (expected.length === 0) {
      it("says that it found no SOP AP", () => {
        expect(result.warnings.map((w) => w.message).join("\n")).toMatch(/Tidak ditemukan SOP AP/i);
      });
      return;
    }

    it.each(expected.map((sop, index) => ({ sop, index, label: sopLabel(sop, index) })))(
      "$label: identity, sections, actors and every step as written",
      ({ sop, index }) => {
        const mismatches = compareSop(file, index, sop, pairs[index]).map(formatMismatch);
        expect(mismatches, `${mismatches.length} difference(s)`).toEqual([]);
      },
    );
  });
});
