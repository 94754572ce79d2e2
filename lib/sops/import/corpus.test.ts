// The hand-written corpus of other agencies' SOP AP (__corpus__/README.md): each document parsed
// end to end and held against the SOPs a reader finds in it, field by field.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "./__corpus__/load";
import { compareSop, formatMismatch, pairSops, sopLabel } from "./corpus-compare";
import { parseSopDocument } from "./parse";
import { parseResultSchema } from "./schema";

const corpus = loadCorpus();

describe("hand-written corpus of other agencies' SOP AP", () => {
  it("holds at least 12 documents, one of them not an SOP", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    expect(corpus.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(1);
  });

  describe.each(corpus)("$file", ({ file, text, expected }) => {
    const result = parseSopDocument(text, { fileName: file });
    const { pairs, extra } = pairSops(expected, result.sops);

    it("keeps the output shape", () => {
      expect(parseResultSchema.safeParse(result).success).toBe(true);
    });

    it(`finds ${expected.length} SOP(s) and nothing else`, () => {
      const found = (s: { nomor: string | null; nama: string | null }) => s.nomor ?? s.nama;
      expect(pairs.map((p, i) => (p ? found(expected[i]) : `missing ${sopLabel(expected[i], i)}`)), file).toEqual(
        expected.map(found),
      );
      expect(extra.map(found), `${file}: SOPs the document does not hold`).toEqual([]);
      if (expected.length === 0) expect(result.warnings.map((w) => w.message).join("\n")).toMatch(/Tidak ditemukan SOP AP/i);
    });

    if (expected.length === 0) return;
    it.each(expected.map((sop, index) => ({ sop, index, label: sopLabel(sop, index) })))(
      "$label: identity, sections, actors and every step as written",
      ({ sop, index }) => {
        const mismatches = compareSop(file, index, sop, pairs[index]).map(formatMismatch);
        expect(mismatches, `${mismatches.length} difference(s)`).toEqual([]);
      },
    );
  });
});
