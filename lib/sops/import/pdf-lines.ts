/**
 * Text items of a PDF page (already in page space: y downward) grouped into lines by their
 * baseline, and each line into chunks: items closer than about a space merge into one chunk, a
 * wider gap or a vertical rule between them starts a new chunk, so the cells of a table row stay
 * apart even where a cell's text nearly touches its border. Pure.
 */
import type { Chunk, PositionedLine } from "./grid";
import type { Rule } from "./pdf-operators";

export interface TextItem {
  text: string;
  /** Left end of the text and its baseline (page space, y downward). */
  x: number;
  baseline: number;
  width: number;
  /** Font size (points). */
  size: number;
  /** Top of the text where it is not the baseline less the ascent (text turned sideways). */
  top?: number;
}

/** Items on baselines closer than this share of the font size are on one line. */
const SAME_LINE_SHARE = 0.4;
/** A gap under this share of the font size is inside a chunk (a space is about 0.25–0.3 em). */
const SAME_CHUNK_SHARE = 0.5;
/** A gap above this share of the font size is a space between words. */
const WORD_GAP_SHARE = 0.12;
/** Ascent and descent of a line as shares of the font size. */
export const ASCENT = 0.8;
export const DESCENT = 0.2;

/** True when a vertical rule runs between x0 and x1 across the band y0..y1. */
function ruleBetween(rules: Rule[], x0: number, x1: number, y0: number, y1: number): boolean {
  return rules.some((r) => r.x >= x0 - 0.5 && r.x <= x1 + 0.5 && r.y0 <= y0 + 1 && r.y1 >= y1 - 1);
}

function toChunks(items: TextItem[], rules: Rule[]): Chunk[] {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const chunks: (Chunk & { size: number })[] = [];
  for (const item of sorted) {
    const current = chunks[chunks.length - 1];
    const gap = current ? item.x - current.x1 : Infinity;
    const size = Math.max(item.size, current?.size ?? 0);
    const ruled = current && ruleBetween(rules, current.x1, item.x, item.baseline - ASCENT * item.size, item.baseline);
    if (current && gap < SAME_CHUNK_SHARE * size && !ruled) {
      const space = gap > WORD_GAP_SHARE * size && !/\s$/.test(current.text) && !/^\s/.test(item.text);
      current.text += (space ? " " : "") + item.text;
      current.x1 = Math.max(current.x1, item.x + item.width);
      current.size = size;
    } else {
      chunks.push({ text: item.text, x0: item.x, x1: item.x + item.width, size: item.size });
    }
  }
  return chunks
    .map(({ text, x0, x1 }) => ({ text: text.replace(/\s+/g, " ").trim(), x0, x1 }))
    .filter((c) => c.text !== "");
}

/**
 * pdfjs joins text runs that sit close on one line into one item, cells of a table row included.
 * Where a vertical rule crosses an item, the item is cut at the space nearest the rule (character
 * positions estimated in proportion: the font's widths are not at hand).
 */
export function splitAtRules(item: TextItem, rules: Rule[]): TextItem[] {
  const top = item.baseline - ASCENT * item.size;
  const perChar = item.width / Math.max(1, item.text.length);
  const rule = rules.find((r) => r.x > item.x + perChar && r.x < item.x + item.width - perChar && r.y0 <= top + 1 && r.y1 >= item.baseline - 1);
  if (!rule) return [item];
  let best = -1;
  for (let i = 0; i < item.text.length; i++) {
    if (/\s/.test(item.text[i]) && (best < 0 || Math.abs(item.x + i * perChar - rule.x) < Math.abs(item.x + best * perChar - rule.x))) best = i;
  }
  if (best <= 0 || Math.abs(item.x + best * perChar - rule.x) > 2 * item.size) return [item];
  const left = { ...item, text: item.text.slice(0, best), width: best * perChar };
  const right = { ...item, text: item.text.slice(best + 1), x: Math.max(item.x + (best + 1) * perChar, rule.x), width: item.width - (best + 1) * perChar };
  return [left, ...splitAtRules(right, rules)];
}

/** Text drawn twice on the same spot (a halo stroke under the fill, a bold imitation) is read once. */
function dedupe(items: TextItem[]): TextItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${Math.round(item.x)}|${Math.round(item.baseline)}|${item.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The page's lines, top to bottom, numbered from 1. Whitespace-only items are gaps, not text. */
export function itemsToLines(items: TextItem[], rules: Rule[] = []): PositionedLine[] {
  const visible = dedupe(items.filter((i) => i.text.trim() !== "" && i.size > 0)).flatMap((i) => splitAtRules(i, rules));
  const sorted = [...visible].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: TextItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const anchor = group?.[0];
    if (anchor && Math.abs(item.baseline - anchor.baseline) <= SAME_LINE_SHARE * Math.min(anchor.size, item.size)) group.push(item);
    else groups.push([item]);
  }
  return groups
    .map((group) => ({
      y0: group.reduce((top, i) => Math.min(top, i.top ?? i.baseline - ASCENT * i.size), Infinity),
      y1: group.reduce((bottom, i) => Math.max(bottom, i.baseline + DESCENT * i.size), -Infinity),
      chunks: toChunks(group, rules),
    }))
    .filter((l) => l.chunks.length > 0)
    .map((l, index) => ({ line: index + 1, ...l }));
}
