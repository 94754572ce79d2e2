// The second held-out corpus (__heldout2__/README.md): messier extractions (columns drifting from line
// to line, OCR spacing, hyphenated breaks, abbreviated actor headers) written without reading the parser
// or the other corpora. It measures the parser on layouts it was not written for, so it is not
// expected to be exact: its figures are reported in the README, and this test keeps them from
// falling below what the parser reached when the corpus landed (a regression guard, not a target).
// The per-field differences still open are listed in __heldout2__/README.md ("Known gaps").
import path from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir, loadCorpus } from "./__corpus__/load";
import { corpusFigures } from "./corpus-figures";
import { parseSopDocument } from "./parse";
import { parseResultSchema } from "./schema";

const heldout = loadCorpus(path.join(corpusDir, "..", "__heldout2__"));

/** Reached when the corpus landed (issue 16); raise these when a gap is closed. */
const FLOOR = { sopsFound: 8, stepCountsExact: 7, actorsExact: 31, minutesExact: 31, extraSopsAtMost: 1 };

describe("second held-out corpus: messier layouts (drift, OCR, Word export)", () => {
  it("holds at least 6 documents with 8 SOPs, and texts that are not SOPs", () => {
    expect(heldout.length).toBeGreaterThanOrEqual(6);
    expect(heldout.reduce((n, c) => n + c.expected.length, 0)).toBeGreaterThanOrEqual(8);
    expect(heldout.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(1);
  });

  it.each(heldout)("$file keeps the output shape", ({ file, text }) => {
    expect(parseResultSchema.safeParse(parseSopDocument(text, { fileName: file })).success).toBe(true);
  });

  it("does not fall below the figures reached when it landed", () => {
    const { total } = corpusFigures(heldout);
    expect({
      sopsFound: total.sopsFound,
      stepCountsExact: total.stepCountsExact,
      actorsExact: total.actorsExact,
      minutesExact: total.minutesExact,
      extraSops: total.extraSops,
    }).toEqual({
      sopsFound: expect.toSatisfy((n: number) => n >= FLOOR.sopsFound),
      stepCountsExact: expect.toSatisfy((n: number) => n >= FLOOR.stepCountsExact),
      actorsExact: expect.toSatisfy((n: number) => n >= FLOOR.actorsExact),
      minutesExact: expect.toSatisfy((n: number) => n >= FLOOR.minutesExact),
      extraSops: expect.toSatisfy((n: number) => n <= FLOOR.extraSopsAtMost),
    });
  });
});
