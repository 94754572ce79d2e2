/**
 * A word broken at the end of a cell line ("pemerik-" / "saan") is one word: the parts join without
 * the hyphen. A reduplication ("kali-" / "kali", "masing-" / "masing", "perundang-" / "undangan") or a
 * code ("SP4N-" / "LAPOR!", "SPM-" / "GU") wrapped at its hyphen joins whole, hyphen kept, no space.
 */
const BROKEN_END = /(\p{L}+)-$/u;
const LOWER_START = /^(\p{Ll}[\p{L}]*)/u;

/** "kali-" / "kali", "berkali-" / "kali", "perundang-" / "undangan": the second part repeats the first's stem. */
function reduplicated(before: string, after: string): boolean {
  const b = before.toLowerCase();
  const a = after.toLowerCase();
  return b.endsWith(a) || (a.length >= 4 && b.includes(a.slice(0, 4)));
}

/** `a` and `b` (the next line of the same cell) joined: without the hyphen when a word was broken. */
export function joinWrapped(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  if (left === "") return right;
  if (right === "") return left;
  if (/[\p{Lu}\d]-$/u.test(left) && /^[\p{Lu}\d]/u.test(right)) return left + right;
  const end = BROKEN_END.exec(left);
  const start = LOWER_START.exec(right);
  if (end && start) return reduplicated(end[1], start[1]) ? left + right : left.slice(0, -1) + right;
  return `${left} ${right}`;
}

/** The lines of one cell joined in order (see `joinWrapped`). */
export function joinCellLines(parts: string[]): string {
  return parts.reduce((acc, p) => joinWrapped(acc, p), "");
}
