// Prints the figures of the SOP corpora (lib/sops/import/__corpus__, __heldout__, __heldout2__) as
// markdown tables. Usage: npm run --silent sop:corpus
import path from "node:path";
import { corpusDir, loadCorpus } from "../lib/sops/import/__corpus__/load";
import { corpusFigures, figuresMarkdown } from "../lib/sops/import/corpus-figures";

const sets: [string, string][] = [
  ["Corpus (`__corpus__`, written with the parser)", corpusDir],
  ["Held-out 1 (`__heldout__`, written without reading the parser; then its gaps were fixed)", path.join(corpusDir, "..", "__heldout__")],
  ["Held-out 2 (`__heldout2__`, messier, written last; not tuned on)", path.join(corpusDir, "..", "__heldout2__")],
];
for (const [title, dir] of sets) process.stdout.write(`### ${title}\n\n${figuresMarkdown(corpusFigures(loadCorpus(dir)))}\n\n`);
