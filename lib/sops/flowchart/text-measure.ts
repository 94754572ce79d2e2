// Text measured with Arial/Liberation Sans advance widths and wrapped into lines, so the layout is
// the same on the server and in every browser (the component asks for Arial first).

// ---------------------------------------------------------------------------------------------
// Text measuring and wrapping

/** Advance widths of Arial/Liberation Sans (1/1000 em). */
const WIDTHS: Record<string, number> = (() => {
  const w: Record<string, number> = {};
  const set = (chars: string, width: number) => {
    for (const c of chars) w[c] = width;
  };
  set("abdeghnopqu0123456789?#$_", 556);
  set("ckszvxyJ", 500);
  set("ijl'|", 222);
  set(" ftI.,:;/!\\[]", 278);
  set("r()-{}\"*", 333);
  set("mM", 833);
  set("w", 722);
  set("ABEKPSVXY&", 667);
  set("CDHNRUw", 722);
  set("FTZ", 611);
  set("L", 556);
  set("GOQ", 778);
  set("W", 944);
  set("%", 889);
  set("…", 1000);
  return w;
})();

/** Estimated width of `text` at `fontSize`, with a small safety margin for other fonts. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let total = 0;
  for (const c of text) total += WIDTHS[c] ?? (c === c.toUpperCase() && c !== c.toLowerCase() ? 700 : 580);
  return (total / 1000) * fontSize * (bold ? 1.1 : 1.04);
}

/**
 * Greedy word wrap into lines of the given widths (one width per line; the number of widths is
 * the maximum number of lines). Words too long for a line are cut. When the text does not fit, the
 * last line ends with "…".
 */
export function wrapText(text: string, widths: number[], fontSize: number, bold = false): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let current = "";
  let i = 0;
  const fits = (s: string, line: number) => textWidth(s, fontSize, bold) <= widths[line];
  while (i < words.length && lines.length < widths.length) {
    const line = lines.length;
    const candidate = current ? `${current} ${words[i]}` : words[i];
    if (fits(candidate, line)) {
      current = candidate;
      i++;
      continue;
    }
    if (!current) {
      // A single word longer than the line: cut it.
      let cut = Math.max(1, words[i].length - 1);
      while (cut > 1 && !fits(words[i].slice(0, cut), line)) cut--;
      lines.push(words[i].slice(0, cut));
      words[i] = words[i].slice(cut);
      continue;
    }
    lines.push(current);
    current = "";
  }
  if (current && lines.length < widths.length) lines.push(current);
  if (i < words.length && lines.length > 0) {
    const last = lines.length - 1;
    let s = lines[last];
    while (s.length > 0 && !fits(`${s}…`, last)) s = s.slice(0, -1);
    lines[last] = `${s.replace(/[\s,.;:/-]+$/, "")}…`;
  }
  return lines;
}
