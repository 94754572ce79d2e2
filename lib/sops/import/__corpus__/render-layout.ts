/**
 * Test renderer: writes a structured SOP the way `pdftotext -layout` prints a signed SOP AP, with the
 * column widths, number placement and actor marks a test chooses. Cells wrap their words within their
 * column; columns are kept apart by spaces only. Used by layout-property.test.ts.
 */

export interface LayoutStep {
  no: number;
  /** Activity without the actor; an unmarked step prints "<actor> <activity>". */
  activity: string;
  actor: string;
  kelengkapan: string;
  waktu: string;
  /** What the Waktu means in minutes (checked by the test, not printed). */
  minutes: number;
  output: string;
}

export interface LayoutSop {
  nomor: string;
  nama: string;
  unitLines: string[];
  tanggalPembuatan: string;
  approver: { position: string; name: string; nip: string };
  actors: string[];
  steps: LayoutStep[];
}

export interface LayoutOptions {
  margin: number;
  /** Spaces between columns (at least 2, as pdftotext keeps them). */
  gap: number;
  widths: { no: number; activity: number; actors: number[]; kelengkapan: number; waktu: number; output: number };
  /** Per step: the number on the row's middle line instead of its first. */
  centreNumber: boolean[];
  /** Per step: a mark in the actor's column; otherwise the column stays blank and the activity names the actor. */
  marked: boolean[];
  /** The mark printed (default "X"). */
  mark?: string;
}

/** Greedy word wrap; a word longer than the width stays whole on its own line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The activity text as printed for a step under the given marking. */
export const printedActivity = (step: LayoutStep, marked: boolean) =>
  marked ? step.activity.charAt(0).toUpperCase() + step.activity.slice(1) : `${step.actor} ${step.activity}`;

const centre = (text: string, width: number) => " ".repeat(Math.max(0, Math.floor((width - text.length) / 2))) + text;

/** Lays cells (each a column of lines, already placed vertically) side by side. */
function layRows(columns: string[][], widths: number[], margin: number, gap: number): string[] {
  const height = Math.max(...columns.map((c) => c.length));
  const out: string[] = [];
  for (let y = 0; y < height; y++) {
    let line = " ".repeat(margin);
    columns.forEach((col, i) => {
      line += (col[y] ?? "").padEnd(widths[i]) + (i < columns.length - 1 ? " ".repeat(gap) : "");
    });
    out.push(line.trimEnd());
  }
  return out;
}

function placeAt(lines: string[], height: number, top: number): string[] {
  const out: string[] = Array.from({ length: height }, () => "");
  lines.forEach((l, i) => (out[top + i] = l));
  return out;
}

function identity(sop: LayoutSop): string[] {
  const left = 44;
  const label = 20;
  const row = (l: string, lab: string, value: string) => `  ${l.padEnd(left)}${lab.padEnd(label)}${value}`.trimEnd();
  const [u0 = "", u1 = "", u2 = "", ...rest] = sop.unitLines;
  return [
    row(u0, "Nomor SOP", sop.nomor),
    row(u1, "Tanggal Pembuatan", sop.tanggalPembuatan),
    row(u2, "Disahkan oleh", sop.approver.position),
    "",
    "",
    row("", "", sop.approver.name),
    row("", "", `NIP. ${sop.approver.nip}`),
    row(rest.join(" "), "Nama SOP", sop.nama),
    "",
  ];
}

export function renderLayout(sop: LayoutSop, opts: LayoutOptions): string {
  const w = opts.widths;
  const widths = [w.no, w.activity, ...w.actors, w.kelengkapan, w.waktu, w.output];
  const actorCount = sop.actors.length;
  const headerCells = [["No"], ["Kegiatan"], ...sop.actors.map((a, i) => wrap(a, w.actors[i])), ["Kelengkapan"], ["Waktu"], ["Output"]];
  const group = Array.from({ length: widths.length }, () => [] as string[]);
  group[2] = ["Pelaksana"];
  group[2 + actorCount] = ["Mutu Baku"];
  const lines = [...identity(sop), ...layRows(group, widths, opts.margin, opts.gap), ...layRows(headerCells, widths, opts.margin, opts.gap), ""];

  sop.steps.forEach((step, s) => {
    const marked = opts.marked[s];
    const activity = wrap(printedActivity(step, marked), w.activity);
    const cells = [activity, wrap(step.kelengkapan, w.kelengkapan), wrap(step.waktu, w.waktu), wrap(step.output, w.output)];
    const height = Math.max(...cells.map((c) => c.length));
    const middle = Math.floor((height - 1) / 2);
    const no = placeAt([String(step.no)], height, opts.centreNumber[s] ? middle : 0);
    const actorCols = sop.actors.map((a, i) =>
      placeAt(marked && a === step.actor ? [centre(opts.mark ?? "X", w.actors[i])] : [], height, middle),
    );
    const row = [no, placeAt(activity, height, 0), ...actorCols, ...cells.slice(1).map((c) => placeAt(c, height, 0))];
    lines.push(...layRows(row, widths, opts.margin, opts.gap), "");
  });
  return `${lines.join("\n")}\n`;
}
