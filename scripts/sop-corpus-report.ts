// Prints the figures of the hand-written SOP corpus (lib/sops/import/__corpus__) as a markdown table.
// Usage: npm run --silent sop:corpus
import { loadCorpus } from "../lib/sops/import/__corpus__/load";
import { corpusFigures, figuresMarkdown } from "../lib/sops/import/corpus-figures";

process.stdout.write(`${figuresMarkdown(corpusFigures(loadCorpus()))}\n`);
