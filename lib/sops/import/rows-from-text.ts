/**
 * Tab-separated text (the seeds, DOCX/HTML converted to text) as source rows: one row per line,
 * cells split at tabs. A form feed starts a new page (pages counted from 1, lines restarting on
 * each page); text without any form feed has no pages and keeps its file line numbers.
 * A markdown table row ("| a | b |", what converters and chat tools paste) is cut at its pipes.
 */
import type { SourceRow } from "./grid";

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/;

function cellsOf(line: string): string[] {
  if (line.includes("\t") || !PIPE_ROW.test(line)) return line.split("\t");
  if (PIPE_RULE.test(line)) return [""];
  return line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.replace(/<br\s*\/?>/gi, " ").replace(/\\\|/g, "|").trim());
}

export function rowsFromText(text: string): SourceRow[] {
  const lines = (typeof text === "string" ? text : "").replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const paged = lines.some((l) => l.includes("\f"));
  const rows: SourceRow[] = [];
  let page = 1;
  let line = 0;
  const push = (t: string) => rows.push({ cells: cellsOf(t), text: t, page: paged ? page : null, line: ++line });
  for (const raw of lines) {
    const parts = raw.split("\f");
    // Text before the first form feed ends the current page; an empty remainder is no line of its own.
    if (parts.length === 1 || parts[0] !== "") push(parts[0]);
    for (const part of parts.slice(1)) {
      if (rows.length > 0) {
        page++;
        line = 0;
      }
      push(part);
    }
  }
  return rows;
}
