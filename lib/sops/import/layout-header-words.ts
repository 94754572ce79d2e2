/**
 * pdftotext keeps header cells of narrow columns only one space apart, so one chunk can hold
 * several cells ("Kepala Sekretaris Kasubag Pengadministrasi Kelengkapan Waktu"). These split such
 * a chunk into cells: at the known column labels, between the columns where the body's marks
 * stand, and where its words sit under different cells of another header line.
 */
import type { Chunk } from "./grid";
import { type Line, hasIdentityLabel, isColumnLabel } from "./layout-lines";

/** A mark in an actor cell. */
export const MARK = /^[xX√✓✔■□▪●•vV]$/;
/** How many body lines are searched for marks. */
const MARK_LINES = 80;

export const overlaps = (a: Chunk, b: Chunk) => a.x0 < b.x1 && b.x0 < a.x1;

/** Words of a chunk with their x, the chunk's width shared out by characters. */
export function chunkWords(c: Chunk): Chunk[] {
  const per = (c.x1 - c.x0) / Math.max(1, c.text.length);
  return [...c.text.matchAll(/\S+/g)].map((w) => ({ text: w[0], x0: c.x0 + w.index * per, x1: c.x0 + (w.index + w[0].length) * per }));
}

const joinWords = (ws: Chunk[]): Chunk => ({ text: ws.map((w) => w.text).join(" "), x0: ws[0].x0, x1: ws[ws.length - 1].x1 });

/** Cuts the words into runs, a new run where `cut(previous, word)` says so. */
function runs(c: Chunk, cut: (i: number, ws: Chunk[]) => boolean): Chunk[] {
  const ws = chunkWords(c);
  if (ws.length < 2) return [c];
  const parts: Chunk[][] = [[ws[0]]];
  for (let i = 1; i < ws.length; i++) {
    if (cut(i, ws)) parts.push([ws[i]]);
    else parts[parts.length - 1].push(ws[i]);
  }
  return parts.map(joinWords);
}

/** "Pengadministrasi Kelengkapan Waktu (menit)" → three cells; "(menit)" stays with its label. */
export function splitAtLabels(c: Chunk): Chunk[] {
  const label = (w: Chunk) => isColumnLabel(w.text);
  return runs(c, (i, ws) => !/^\(/.test(ws[i].text) && (label(ws[i]) || label(ws[i - 1])));
}

/** Centres of the marks printed (or shapes drawn) in the body below a header, grouped by column. */
export function markColumns(lines: Line[], from: number, minX: number, cw: number, shapeCentres: number[] = []): number[] {
  const xs = shapeCentres.filter((x) => x >= minX);
  for (let j = from; j < Math.min(lines.length, from + MARK_LINES) && !hasIdentityLabel(lines[j]); j++) {
    for (const c of lines[j].chunks) if (MARK.test(c.text) && c.x0 >= minX) xs.push((c.x0 + c.x1) / 2);
  }
  xs.sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of xs) {
    const g = groups[groups.length - 1];
    if (g && x - g[g.length - 1] <= 2 * cw) g.push(x);
    else groups.push([x]);
  }
  return groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/**
 * Words over different mark columns are different cells ("Kepala Sekretaris" over two columns). A
 * word farther than half a column from every mark sits over a column without marks.
 */
export function splitByMarks(c: Chunk, marks: number[], cw: number): Chunk[] {
  const under = marks.filter((x) => x >= c.x0 - cw && x <= c.x1 + cw);
  if (under.length < 2) return [c];
  const half = Math.min(...marks.slice(1).map((x, i) => x - marks[i])) / 2;
  const column = (w: Chunk) => {
    const centre = (w.x0 + w.x1) / 2;
    const nearest = under.reduce((best, x) => (Math.abs(x - centre) < Math.abs(best - centre) ? x : best), under[0]);
    return Math.abs(nearest - centre) <= half ? nearest : null;
  };
  return runs(c, (i, ws) => column(ws[i]) !== column(ws[i - 1]));
}

/** "Puskesmas Loket" under "Ka" and "Petugas": words under different cells of another line. */
export function splitAcross(c: Chunk, others: Chunk[]): Chunk[] {
  const under = (w: Chunk) => others.filter((o) => overlaps(o, w));
  return runs(c, (i, ws) => {
    const a = under(ws[i - 1]);
    const b = under(ws[i]);
    return a.length > 0 && b.length > 0 && b.every((o) => !a.includes(o));
  });
}
