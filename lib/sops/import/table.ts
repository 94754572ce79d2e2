/**
 * The procedure table: No | Tahap/Uraian Kegiatan | one column per Pelaksana | Kelengkapan | Waktu |
 * Output | Keterangan. The header spans two or three rows (merged "Pelaksana"/"Mutu Baku" cells),
 * may be followed by a row of column numbers and is repeated after a page break.
 */
import { cleanText, isFlowchart } from "./cleanup";
import { parseDuration } from "./duration";
import {
  TABLE_ACTIVITY_LABEL,
  TABLE_GROUP_LABEL,
  TABLE_KELENGKAPAN_LABEL,
  TABLE_KETERANGAN_LABEL,
  TABLE_NO_LABEL,
  TABLE_OUTPUT_LABEL,
  TABLE_WAKTU_LABEL,
} from "./labels";
import { short } from "./sections";
import type { Warning } from "./types";

export interface TableLayout {
  /** Actor labels by header column (null for a column without label). */
  actorColumns: (string | null)[];
  /** Column of Kelengkapan in the header (first Mutu Baku column). */
  kelCol: number;
  waktuCol: number;
  /** Bare numbers in the Waktu column are minutes ("Waktu (menit)"). */
  minutesColumn: boolean;
  /** Bare numbers in the Waktu column are seconds ("Waktu (detik)"). */
  secondsColumn: boolean;
  line: number;
}

const GROUP_LABEL = TABLE_GROUP_LABEL;

export function isTableHeader(cells: string[]): boolean {
  const first = cleanText(cells[0] ?? "");
  const second = cleanText(cells[1] ?? "");
  return TABLE_NO_LABEL.test(first) && TABLE_ACTIVITY_LABEL.test(second);
}

/** "1 2 3 ... 10" or "  3 4 5": the row of column numbers under the header. */
export function isNumberingRow(cells: string[]): boolean {
  const values = cells
    .map((c) => cleanText(c))
    .filter((c) => c !== "")
    .map((c, i) => (i === 0 && /^[Il|]$/.test(c) ? "1" : c));
  if (values.length < 3 || !values.every((v) => /^\d{1,2}$/.test(v))) return false;
  const nums = values.map(Number);
  return nums.every((n, i) => i === 0 || n > nums[i - 1]);
}

const ACTIVITY_WORD = /^(kegiatan|prosedur|aktivitas|tugas)$/i;

/** A header continuation row: first two cells empty, some labels after. */
export function isSubHeaderRow(cells: string[]): boolean {
  const c = cells.map((x) => cleanText(x));
  // The activity label may wrap onto this row ("Uraian" / "Kegiatan").
  if (c[0] !== "" || ((c[1] ?? "") !== "" && !ACTIVITY_WORD.test(c[1]))) return false;
  const rest = c.slice(2).filter((x) => x !== "");
  return rest.length > 0 && !rest.some((x) => /^(mulai|selesai)$/i.test(x));
}

/**
 * Merges the header rows column by column: a label under a group label ("Pelaksana", "Mutu Baku",
 * "Tim Kerja", or any label spanning the next columns) replaces it; a label under another label
 * continues it (a name wrapped in its cell).
 */
export function buildLayout(rows: string[][], line: number, warnings: Warning[]): TableLayout {
  const width = Math.max(...rows.map((r) => r.length));
  const labels: string[] = [];
  const cell = (r: number, col: number) => cleanText(rows[r]?.[col] ?? "");
  for (let col = 0; col < width; col++) {
    let label = "";
    let from = -1;
    rows.forEach((_, r) => {
      const v = cell(r, col);
      if (v === "" || (GROUP_LABEL.test(v) && label !== "") || v === label) return;
      // A label spanning the next columns (its row empty there, the row below not) is a group.
      const spans = from >= 0 && cell(from, col + 1) === "" && cell(r, col + 1) !== "";
      label = label === "" || col < 2 || GROUP_LABEL.test(label) || spans ? v : `${label} ${v}`;
      from = r;
    });
    labels.push(label);
  }
  const find = (re: RegExp, from = 2) => {
    for (let i = from; i < labels.length; i++) if (re.test(labels[i])) return i;
    return -1;
  };
  let kelCol = find(TABLE_KELENGKAPAN_LABEL);
  if (kelCol < 0) kelCol = find(/^mutu\s+b[au]ku$/i);
  let waktuCol = find(TABLE_WAKTU_LABEL, Math.max(2, kelCol));
  // No Waktu label: the Mutu Baku columns end with Output/Keluaran (then Keterangan).
  if (waktuCol < 0) {
    const outputCol = find(TABLE_OUTPUT_LABEL, Math.max(2, kelCol));
    if (outputCol > 2) waktuCol = outputCol - 1;
    else if (kelCol < 0 && find(TABLE_KETERANGAN_LABEL) > 4) waktuCol = find(TABLE_KETERANGAN_LABEL) - 2;
  }
  if (kelCol < 0 && waktuCol > 0) kelCol = waktuCol - 1;
  if (kelCol < 0) {
    kelCol = Math.max(2, width - 4);
    warnings.push({ line, message: "Kolom Mutu Baku (Kelengkapan/Waktu/Output) tidak ditemukan pada kepala tabel; posisi kolom ditebak" });
  }
  if (waktuCol < 0) waktuCol = kelCol + 1;
  const actorColumns = labels.slice(2, kelCol).map((l) => (l === "" || GROUP_LABEL.test(l) ? null : l));
  if (!actorColumns.some(Boolean)) {
    warnings.push({ line, message: "Kolom Pelaksana tidak ditemukan pada kepala tabel" });
  }
  const minutesColumn = /menit/i.test(labels[waktuCol] ?? "") || rows.some((r) => /waktu\s*\(\s*menit\s*\)/i.test(r.join(" ")));
  const secondsColumn = !minutesColumn && (/detik/i.test(labels[waktuCol] ?? "") || rows.some((r) => /waktu\s*\(\s*detik\s*\)/i.test(r.join(" "))));
  return { actorColumns, kelCol, waktuCol, minutesColumn, secondsColumn, line };
}

/** Start/end: the Mulai/Selesai labels; mark: any single mark (X, √, ■, a drawn shape) in an actor cell. */
export type Marker = "start" | "end" | "mark";

export interface RowResult {
  no: number | null;
  activity: string;
  kelengkapan: string | null;
  waktu_raw: string | null;
  output: string | null;
  keterangan: string | null;
  /** Marker found in an actor cell, with the header column index (into actorColumns) when reliable. */
  markers: { marker: Marker; column: number | null }[];
  /** A decision mark (◇) was found in an actor cell. */
  decision: boolean;
  flowchart: boolean;
  /** Flowchart shapes ("[]", arrows) were found in actor cells. */
  symbols: boolean;
  /** Decision labels ("Ya", "Tidak") were found in actor cells. */
  decisions: boolean;
  warnings: Warning[];
}

const nullIfEmpty = (s: string | undefined) => {
  const t = cleanText(s ?? "");
  return t === "" ? null : t;
};

function isDurationCell(cell: string | undefined, bareNumbers: boolean): boolean {
  if (cell === undefined) return false;
  const d = parseDuration(cell, { minutesColumn: bareNumbers });
  return (d.status === "ok" || d.status === "no_unit") && d.exact;
}

/** Parses the step number cell ("1", "1.", "1)"); odd forms keep their first number with a warning. */
function parseStepNumber(cell: string, line: number, warnings: Warning[]): number | null {
  const t = cleanText(cell);
  if (t === "") return null;
  const plain = /^(\d{1,3})\s*[.)]?$/.exec(t);
  if (plain) return Number(plain[1]);
  const lead = /^(\d{1,3})/.exec(t);
  if (lead) {
    warnings.push({ line, message: `Nomor langkah tidak lazim "${short(t)}"; dibaca ${lead[1]}` });
    return Number(lead[1]);
  }
  warnings.push({ line, message: `Nomor langkah tidak dapat dibaca: "${short(t)}"` });
  return null;
}

export interface RowOptions {
  /** Part of a step (a continuation row, or a step number whose activity follows): cells may be missing. */
  partial?: boolean;
}

/** One step row. Mutu Baku cells are found around the Waktu cell, so shifted rows still parse. */
export function parseRow(cells: string[], layout: TableLayout, line: number, options: RowOptions = {}): RowResult {
  const warnings: Warning[] = [];
  const no = parseStepNumber(cells[0] ?? "", line, warnings);
  const activity = cleanText(cells[1] ?? "");
  const after = cells.slice(2).map((c) => cleanText(c));

  if (after.length >= 3 && after.every((c) => c === "" || /^\d{1,2}$/.test(c)) && isNumberingRow(after)) {
    warnings.push({ line, message: "Baris nomor kolom tergabung dengan langkah ini; kolom Pelaksana dan Mutu Baku kosong" });
    return { no, activity, kelengkapan: null, waktu_raw: null, output: null, keterangan: null, markers: [], decision: false, flowchart: false, symbols: false, decisions: false, warnings };
  }

  let w = layout.waktuCol;
  // A shifted row is found by its Waktu cell; a part of a step (often without one) keeps the header's columns.
  if (!options.partial && !isDurationCell(cells[w], layout.minutesColumn || layout.secondsColumn)) {
    let best = -1;
    for (let j = 3; j < cells.length; j++) {
      if (isDurationCell(cells[j], layout.minutesColumn || layout.secondsColumn) && (best < 0 || Math.abs(j - w) < Math.abs(best - w))) best = j;
    }
    if (best >= 0) w = best;
  }
  const kel = w - 1;
  if (cells.length <= kel && !options.partial) {
    warnings.push({ line, message: "Kolom Mutu Baku tidak ada pada baris langkah ini" });
  }
  const rest = cells.slice(w + 2).map((c) => cleanText(c)).filter((c) => c !== "");

  const actorCells = cells.slice(2, Math.max(2, Math.min(kel, cells.length)));
  const span = layout.actorColumns.length;
  const named = layout.actorColumns.map((l, i) => (l ? i : -1)).filter((i) => i >= 0);
  let columnOf: (k: number) => number | null;
  let aligned = true;
  if (actorCells.length === span) columnOf = (k) => k;
  else if (actorCells.length === named.length) columnOf = (k) => named[k];
  else {
    aligned = false;
    columnOf = () => null;
  }

  const markers: RowResult["markers"] = [];
  let flowchart = false;
  let symbols = false;
  let decisions = false;
  let decision = false;
  actorCells.forEach((raw, k) => {
    if (isFlowchart(raw)) {
      flowchart = true;
      return;
    }
    const t = cleanText(raw).toLowerCase();
    if (t === "") return;
    const mark = singleMark(t);
    if (mark) {
      markers.push({ marker: "mark", column: columnOf(k) });
      if (DECISION_MARKS.test(mark)) decision = true;
      return;
    }
    if (isFlowchartSymbol(t)) {
      symbols = true;
      return;
    }
    const words = t.split(/[\s/,]+/);
    let known = true;
    for (const word of words) {
      if (word === "mulai" || word === "start") markers.push({ marker: "start", column: columnOf(k) });
      else if (word === "selesai" || word === "end") markers.push({ marker: "end", column: columnOf(k) });
      else if (/^(ya|tidak|y|t|ok)$/.test(word)) decisions = true;
      else if (word.replace(CONNECTORS, "") === "") continue;
      else {
        // "X Ya": the mark with the decision label printed beside it.
        const inner = singleMark(word);
        if (!inner) known = false;
        else {
          markers.push({ marker: "mark", column: columnOf(k) });
          if (DECISION_MARKS.test(inner)) decision = true;
        }
      }
    }
    if (!known) warnings.push({ line, message: `Teks di kolom Pelaksana tidak dikenali: "${short(raw)}"` });
  });
  if (!aligned && markers.length) {
    warnings.push({
      line,
      message: `Jumlah sel Pelaksana (${actorCells.length}) tidak sama dengan kepala tabel (${named.length}); penanda Mulai/Selesai tidak dipakai untuk menentukan pelaksana`,
    });
  }

  return {
    no,
    activity,
    kelengkapan: nullIfEmpty(cells[kel]),
    waktu_raw: nullIfEmpty(cells[w]),
    output: nullIfEmpty(cells[w + 1]),
    keterangan: rest.length ? rest.join(" ") : null,
    markers,
    decision,
    flowchart,
    symbols,
    decisions,
    warnings,
  };
}

/** Marks written in an actor cell to say "this actor does the step"; drawn shapes arrive as ▭ ◇ ⬭. */
const MARKS = /^(x|v|√|✓|✔|■|□|●|○|▪|\*|▭|◇|◆|⬭)$/;
const DECISION_MARKS = /^[◇◆]$/;
/** Arrows and connector lines drawn next to a symbol. */
const CONNECTORS = /[\s↔→←↑↓⇄⇅⟶⟵|+\-–—=>]+/g;

/** The one mark of a cell (arrows around it ignored), or null. */
function singleMark(text: string): string | null {
  const rest = text.replace(CONNECTORS, "");
  return MARKS.test(rest) ? rest : null;
}

/** Shapes of a flowchart drawn with characters: "[]", "[] ↔ []", arrows, diamonds. */
function isFlowchartSymbol(text: string): boolean {
  return /^[\s[\](){}<>|↔→←↑↓⇄⇅⟶⟵◇◆○●□■▭▢⬭+\-–—=]+$/.test(text) && /[[\](){}↔→←↑↓◇◆○●□■▭▢⬭]/.test(text);
}

/** A line holding only flowchart labels ("Mulai", "Ya", "Tidak", "Selesai") left outside the cells. */
export function isFlowchartLabelLine(line: string): boolean {
  const t = cleanText(line).toLowerCase();
  return t !== "" && t.split(/[\s\t]+/).every((w) => /^(mulai|selesai|ya|tidak)$/.test(w) || isFlowchartSymbol(w));
}
