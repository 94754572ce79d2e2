/**
 * OCR and Word exports space words apart: "Tanggal  Pembuatan", "DASAR  HUKUM  :", letter-spaced
 * "P E L A K S A N A" or "N o m o r  S O P". Cut at runs of two spaces, such a label falls into
 * several chunks; these rules put it back into one chunk before the layout reader sees the line.
 */
import type { Chunk } from "./grid";
import {
  IDENTITY_LABELS,
  SECTION_LABELS,
  TABLE_ACTIVITY_LABEL,
  TABLE_GROUP_LABEL,
  TABLE_KELENGKAPAN_LABEL,
  TABLE_KETERANGAN_LABEL,
  TABLE_OUTPUT_LABEL,
} from "./labels";

/** Chunks further apart than this are separate cells even when they read as one label. */
const MAX_WORD_GAP = 3;
/** Single characters kept apart by single spaces: "P E L A K S A N A", "T g l ." */
const LETTER_SPACED = /^\p{L}(?: [\p{L}.])+$/u;
const MIN_SPACED_LETTERS = 3;
/** Lone marks in neighbouring actor columns ("v v v") are not a letter-spaced word. */
const MARK_LETTERS = /^[xv√✓✔*]$/i;

const LABEL_PATTERNS: RegExp[] = [
  ...IDENTITY_LABELS.map(([re]) => re),
  ...SECTION_LABELS.map(([re]) => re),
  TABLE_ACTIVITY_LABEL,
  TABLE_GROUP_LABEL,
  TABLE_KELENGKAPAN_LABEL,
  TABLE_OUTPUT_LABEL,
  TABLE_KETERANGAN_LABEL,
  /^waktu(?:\s+penyelesaian)?(?:\s*\(\s*(?:menit|jam|hari|detik)\s*\))?$/i,
];

/** True when the whole text (an optional colon aside) is one known label. */
function isWholeLabel(text: string): boolean {
  const bare = text.replace(/\s*:\s*$/, "").trim();
  if (bare === "") return false;
  return LABEL_PATTERNS.some((re) => {
    const m = re.exec(bare);
    return m !== null && m.index === 0 && m[0].length === bare.length;
  });
}

/** "P E L A K S A N A" → "PELAKSANA"; other text unchanged. */
export function collapseLetterSpacing(text: string): string {
  const colon = / :$/.test(text);
  if (colon) return `${collapseLetterSpacing(text.slice(0, -2))} :`;
  if (!LETTER_SPACED.test(text)) return text;
  const letters = text.split(" ");
  const real = letters.filter((l) => l !== ".");
  if (real.length < MIN_SPACED_LETTERS || real.every((l) => MARK_LETTERS.test(l))) return text;
  return letters.join("");
}

/** Words of capitals apart by exactly two spaces: "PEMERINTAH  KABUPATEN  BANYUMAS". */
const CAPS_WORD = /^[A-Z][A-Z.,&()'-]*$/;
const CAPS_JOINERS = /^(?:DAN|DI|KE|DARI|&)$/;

function isCapsWord(text: string): boolean {
  return CAPS_WORD.test(text) || CAPS_JOINERS.test(text);
}

/** One organisation line written with double spaces: at least three capitals words, or two words of 4+ letters. */
function isSpacedCapsRun(run: Chunk[]): boolean {
  if (run.length < 2) return false;
  if (!run.every((c) => !c.text.includes(" ") && isCapsWord(c.text))) return false;
  if (!run.every((c, i) => i === 0 || c.x0 - run[i - 1].x1 === 2)) return false;
  return run.length >= 3 || run.every((c) => c.text.length >= 4);
}

function merge(a: Chunk, b: Chunk): Chunk {
  return { text: `${a.text} ${b.text}`, x0: a.x0, x1: b.x1 };
}

/**
 * Chunks of one line with spacing repaired: letter-spaced words collapsed, neighbouring chunks
 * joined when together they are one known label ("Tanggal" + "Pembuatan :"), a lone colon joined to
 * the label before it, and runs of capitals words two spaces apart joined into one line.
 */
export function repairSpacing(chunks: Chunk[]): Chunk[] {
  const collapsed = chunks.map((c) => ({ ...c, text: collapseLetterSpacing(c.text) }));
  const joined: Chunk[] = [];
  for (const chunk of collapsed) {
    const prev = joined[joined.length - 1];
    if (prev && chunk.x0 - prev.x1 <= MAX_WORD_GAP) {
      const both = `${prev.text} ${chunk.text}`;
      const labelJoin = isWholeLabel(both);
      const colonJoin = chunk.text === ":" && isWholeLabel(prev.text);
      if (labelJoin || colonJoin) {
        joined[joined.length - 1] = merge(prev, chunk);
        continue;
      }
    }
    joined.push(chunk);
  }
  const out: Chunk[] = [];
  let i = 0;
  while (i < joined.length) {
    let j = i + 1;
    while (j < joined.length && isSpacedCapsRun(joined.slice(i, j + 1))) j++;
    const run = joined.slice(i, j);
    out.push(run.length > 1 && isSpacedCapsRun(run) ? run.reduce(merge) : joined[i]);
    i = run.length > 1 && isSpacedCapsRun(run) ? j : i + 1;
  }
  return headerNo(out);
}

/** "N O" (two letters, too short to collapse in general) is the No cell of a procedure header. */
function headerNo(chunks: Chunk[]): Chunk[] {
  if (!chunks.some((c) => TABLE_ACTIVITY_LABEL.test(c.text) && isWholeLabel(c.text))) return chunks;
  return chunks.map((c) => (/^N O\.?$/i.test(c.text) ? { ...c, text: c.text.replace(" ", "") } : c));
}
