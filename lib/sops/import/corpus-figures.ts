/**
 * The figures reported on the hand-written corpus (issue 16): SOPs found, step counts exact,
 * actors exact and minutes exact (per step), per file and in total, as a markdown table.
 */
import type { CorpusCase } from "./__corpus__/load";
import { actorKey, pairSops, pairSteps, sameMinutes } from "./corpus-compare";
import { parseSopDocument } from "./parse";
import type { ParseResult } from "./types";

export interface Figures {
  file: string;
  sopsExpected: number;
  /** Expected SOPs the parser returned (paired by nomor, else nama). */
  sopsFound: number;
  /** SOPs the parser returned that the document does not hold. */
  extraSops: number;
  /** Expected SOPs found with exactly the expected number of steps. */
  stepCountsExact: number;
  stepsExpected: number;
  actorsExact: number;
  minutesExact: number;
}

export function fileFigures(c: CorpusCase, result: ParseResult): Figures {
  const { pairs, extra } = pairSops(c.expected, result.sops);
  const f: Figures = {
    file: c.file,
    sopsExpected: c.expected.length,
    sopsFound: 0,
    extraSops: extra.length,
    stepCountsExact: 0,
    stepsExpected: 0,
    actorsExact: 0,
    minutesExact: 0,
  };
  c.expected.forEach((e, i) => {
    const a = pairs[i];
    f.stepsExpected += e.steps.length;
    if (!a) return;
    f.sopsFound++;
    if (a.steps.length === e.steps.length) f.stepCountsExact++;
    pairSteps(e.steps, a.steps).forEach((step, j) => {
      if (!step) return;
      if (actorKey(step.actor) === actorKey(e.steps[j].actor)) f.actorsExact++;
      if (sameMinutes(step.waktu_minutes, e.steps[j].waktu_minutes)) f.minutesExact++;
    });
  });
  return f;
}

const SUMMED = ["sopsExpected", "sopsFound", "extraSops", "stepCountsExact", "stepsExpected", "actorsExact", "minutesExact"] as const;

export function corpusFigures(cases: CorpusCase[], parse = parseSopDocument): { files: Figures[]; total: Figures } {
  const files = cases.map((c) => fileFigures(c, parse(c.text, { fileName: c.file })));
  const total: Figures = { ...files[0], file: "Total" };
  for (const key of SUMMED) total[key] = files.reduce((n, f) => n + f[key], 0);
  return { files, total };
}

const ratio = (n: number, d: number, percent: boolean) =>
  `${n}/${d}` + (percent && d > 0 ? ` (${Math.round((n / d) * 1000) / 10}%)` : "");

function row(f: Figures, percent: boolean): string {
  return `| ${f.file} | ${ratio(f.sopsFound, f.sopsExpected, percent)} | ${f.extraSops} | ${ratio(f.stepCountsExact, f.sopsExpected, percent)} | ${ratio(f.actorsExact, f.stepsExpected, percent)} | ${ratio(f.minutesExact, f.stepsExpected, percent)} |`;
}

export function figuresMarkdown({ files, total }: { files: Figures[]; total: Figures }): string {
  return [
    "| File | SOPs found | Extra SOPs | Step counts exact | Actors exact (steps) | Minutes exact (steps) |",
    "|---|---|---|---|---|---|",
    ...files.map((f) => row(f, false)),
    row(total, true).replace("| Total |", "| **Total** |"),
  ].join("\n");
}
