/**
 * The cells of one line of the procedure table's body: each chunk goes to the column whose range
 * holds its start (a long activity chunk running past the next header stays in the activity).
 * pdftotext keeps narrow cells only one space apart ("Konsep surat 2 hari Agenda"), so a chunk
 * running into the Waktu column is split where its duration stands.
 */
import type { Chunk } from "./grid";
import { type Line, STEP_NUMBER } from "./layout-lines";
import { MARK } from "./layout-header-words";
import { type Column, actorColumnAt, columnAt } from "./layout-table-header";

const GLUED_NUMBER = /^(\d{1,3}(?:\.\d{1,2})*[.)]?)\s+(.+)$/;
const UNIT = /^(detik|menit|jam|hari|minggu|bulan)$/i;
const NUMBER = /^\d+(?:[.,]\d+)?$/;

interface Word {
  text: string;
  x0: number;
}

function words(c: Chunk): Word[] {
  const per = (c.x1 - c.x0) / Math.max(1, c.text.length);
  return [...c.text.matchAll(/\S+/g)].map((w) => ({ text: w[0], x0: c.x0 + w.index * per }));
}

/** Length of the duration at the start of `ws` ("2 hari", "30", "menit"), 0 when none. */
function durationLength(ws: Word[]): number {
  if (ws.length && NUMBER.test(ws[0].text)) return ws.length > 1 && UNIT.test(ws[1].text) ? 2 : 1;
  return ws.length && UNIT.test(ws[0].text) ? 1 : 0;
}

const join = (ws: Word[]) => ws.map((w) => w.text).join(" ");

/** Column and text of the pieces of one chunk. */
function place(c: Chunk, columns: Column[], cw: number): [number, string][] {
  if (MARK.test(c.text)) {
    const actor = actorColumnAt(columns, (c.x0 + c.x1) / 2);
    if (actor !== null) return [[actor, c.text]];
  }
  const col = columnAt(columns, c.x0);
  const w = columns.findIndex((k) => k.role === "waktu");
  const next = columns[col + 1];
  if (w < 0 || col > w || !next || c.x1 <= next.start + cw) return [[col, c.text]];
  const ws = words(c);
  // The duration: in the chunk's first words when it starts in Waktu, else the first words past
  // the Waktu column's start.
  let at = col === w ? 0 : ws.findIndex((x) => x.x0 >= columns[w].start - cw);
  if (at < 0 || (col < w && at === 0)) return [[col, c.text]];
  if (col < w) while (at < ws.length && durationLength(ws.slice(at)) === 0) at++;
  const n = durationLength(ws.slice(at));
  if (n === 0) return [[col, c.text]];
  const pieces: [number, string][] = [];
  if (at > 0) pieces.push([col, join(ws.slice(0, at))]);
  pieces.push([w, join(ws.slice(at, at + n))]);
  const rest = ws.slice(at + n);
  if (rest.length && w + 1 < columns.length && rest[0].x0 >= columns[w + 1].start - cw) pieces.push([w + 1, join(rest)]);
  else if (rest.length) return [[col, c.text]];
  return pieces;
}

/** Chunks of a body line by column; the step number split off an activity glued to it. */
export function cellsOf(l: Line, columns: Column[], cw: number): { cells: string[][]; number: string | null; stray: string | null } {
  const cells: string[][] = columns.map(() => []);
  for (const c of l.chunks) for (const [col, text] of place(c, columns, cw)) cells[col].push(text);
  const first = cells[0].join(" ");
  if (first === "") return { cells, number: null, stray: null };
  if (STEP_NUMBER.test(first)) return { cells, number: first, stray: null };
  const glued = GLUED_NUMBER.exec(first);
  if (glued) {
    cells[0] = [glued[1]];
    cells[1].unshift(glued[2]);
    return { cells, number: glued[1], stray: null };
  }
  return { cells, number: null, stray: first };
}
