// Mammoth's HTML as the text lines the SOP parser reads. Plain CommonJS because it runs in the
// .docx worker thread (required from disk, beside mammoth) as well as in the tests; the worker
// runs it so a pathological table never blocks the request thread.
//
// Linear in the HTML: a table is at most MAX_COLUMNS wide (cells beyond are dropped), the cells
// still covered from rows above are an array of that width, and the output stops at maxChars.
"use strict";

const MAX_COLUMNS = 64;
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/** @param {string} text */
function decode(text) {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e) => ENTITIES[e]);
}

/** The text of a fragment; line breaks and paragraph ends inside it (a cell's paragraphs) become spaces. @param {string} html */
function inlineText(html) {
  return decode(html.replace(/<br\s*\/?>|<\/(?:p|li|h[1-6])>/g, " ").replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
}

/** A span attribute of a cell's opening tag (1 when absent or not a number). @param {string} openTag @param {string} name */
function span(openTag, name) {
  const value = Number(new RegExp(`${name}="(\\d+)"`).exec(openTag)?.[1] ?? 1);
  return Number.isInteger(value) && value >= 1 ? Math.min(value, 10_000) : 1;
}

/**
 * A table's rows with merged cells expanded, so every row has one cell per grid column: the text
 * of a cell spanning several columns stays in its first column with empty cells after it (the usual
 * "Pelaksana" over the actor names), and a cell spanning several rows leaves an empty cell in the
 * rows below (the "No" and "Kegiatan" beside the actor names).
 * @param {string} table
 * @param {(cells: string[]) => boolean} emit false stops the reading
 */
function tableRows(table, emit) {
  /** Rows each grid column is still covered for by a cell from a row above. */
  const covered = new Array(MAX_COLUMNS).fill(0);
  for (const row of table.match(/<tr[\s\S]*?<\/tr>/g) ?? []) {
    /** @type {string[]} */
    const out = [];
    const take = () => {
      while (out.length < MAX_COLUMNS && covered[out.length] > 0) {
        covered[out.length]--;
        out.push("");
      }
    };
    for (const cell of row.match(/<t[dh][^>]*>[\s\S]*?<\/t[dh]>/g) ?? []) {
      take();
      if (out.length >= MAX_COLUMNS) break;
      const open = /^<t[dh][^>]*>/.exec(cell)[0];
      const cols = Math.min(span(open, "colspan"), MAX_COLUMNS - out.length);
      const down = span(open, "rowspan") - 1;
      for (let c = 0; c < cols; c++) {
        if (down > 0) covered[out.length] = down;
        out.push(c === 0 ? inlineText(cell) : "");
      }
    }
    // Columns at the row's end still covered from above.
    let last = MAX_COLUMNS - 1;
    while (last >= out.length && covered[last] === 0) last--;
    while (out.length <= last) {
      if (covered[out.length] > 0) covered[out.length]--;
      out.push("");
    }
    if (!emit(out)) return false;
  }
  return true;
}

/**
 * One line per paragraph or list item, one per table row with tab-separated cells (merged cells
 * expanded to the table's grid); null when the text would be longer than maxChars.
 * @param {string} html
 * @param {number} [maxChars]
 * @returns {string | null}
 */
function htmlToLines(html, maxChars = Infinity) {
  /** @type {string[]} */
  const lines = [];
  let length = 0;
  /** @param {string} line */
  const push = (line) => {
    length += line.length + 1;
    if (length - 1 > maxChars) return false;
    lines.push(line);
    return true;
  };
  for (const block of html.split(/(<table[\s\S]*?<\/table>)/g)) {
    if (block.startsWith("<table")) {
      if (!tableRows(block, (cells) => push(cells.join("\t")))) return null;
      continue;
    }
    for (const piece of block.split(/<\/(?:p|li|h[1-6])>/g)) {
      const text = inlineText(piece);
      if (text && !push(text)) return null;
    }
  }
  return lines.join("\n");
}

module.exports = { htmlToLines, MAX_COLUMNS };
