// The highlighted excerpt of a search hit. PostgreSQL's ts_headline marks the matching words with
// two private-use characters; the marked text is cut into plain parts here, so pages render it as
// React text (escaped), never as HTML.

/** Marks ts_headline puts around a matching word (Unicode private use: never in an SOP's text). */
export const HIT_START = "\uE000";
export const HIT_END = "\uE001";

/** ts_headline options: two short fragments around the matches, joined by an ellipsis. */
export const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "`;

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** The parts of a marked excerpt, or null when nothing in it matched (e.g. a match on the number). */
export function snippetParts(marked: string | null | undefined): SnippetPart[] | null {
  if (!marked) return null;
  const parts: SnippetPart[] = [];
  const push = (text: string, hit: boolean) => {
    const clean = text.replace(/[\uE000\uE001]/g, "").replace(/\s+/g, " ");
    if (clean === "") return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += clean;
    else parts.push({ text: clean, hit });
  };
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(HIT_START);
    if (start < 0) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, start), false);
    const end = rest.indexOf(HIT_END, start + 1);
    if (end < 0) {
      push(rest.slice(start + 1), false);
      break;
    }
    push(rest.slice(start + 1, end), true);
    rest = rest.slice(end + 1);
  }
  if (!parts.some((p) => p.hit)) return null;
  parts[0].text = parts[0].text.trimStart();
  parts[parts.length - 1].text = parts[parts.length - 1].text.trimEnd();
  return parts;
}
