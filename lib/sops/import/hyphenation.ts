/**
 * A word broken at the end of a cell line ("pemerik-" / "saan") is one word: the parts join without
 * the hyphen. The hyphen stays for reduplication ("kali-" / "kali", "berkali-" / "kali") and before a capital or a digit
 * ("SPM-" / "GU", "Pasal 2-" / "3"), where it is part of the printed word.
 */
const BROKEN_END = /(\p{L}+)-$/u;
const LOWER_START = /^(\p{Ll}[\p{L}]*)/u;

/** `a` and `b` (the next line of the same cell) joined: without the hyphen when a word was broken. */
export function joinWrapped(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  if (left === "") return right;
  if (right === "") return left;
  const end = BROKEN_END.exec(left);
  const start = LOWER_START.exec(right);
  if (end && start && !end[1].toLowerCase().endsWith(start[1].toLowerCase())) return left.slice(0, -1) + right;
  return `${left} ${right}`;
}

/** The lines of one cell joined in order (see `joinWrapped`). */
export function joinCellLines(parts: string[]): string {
  return parts.reduce((acc, p) => joinWrapped(acc, p), "");
}
