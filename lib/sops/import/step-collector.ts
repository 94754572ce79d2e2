/**
 * Collects the procedure table(s) of one SOP: merges header rows, keeps one actor list for all
 * tables (page-break continuations map by position, sub-procedure tables add their actors),
 * drops repeated tables, checks the numbering and resolves actors and times at the end.
 */
import { assignActors } from "./actors";
import { cleanText } from "./cleanup";
import { parseDuration } from "./duration";
import { short } from "./sections";
import { type RowResult, type TableLayout, buildLayout } from "./table";
import type { SopStep, Warning } from "./types";
import { joinWrapped } from "./hyphenation";

interface Table {
  headerRows: string[][];
  headerLine: number;
  caption: string | null;
  layout: TableLayout | null;
  /** Index into `actors` for each header actor column. */
  actorIndex: (number | null)[];
}

interface StepDraft extends RowResult {
  line: number;
  actorIndex: (number | null)[];
  minutesColumn: boolean;
  secondsColumn: boolean;
  /** The table (1-based count) the step was read in; continuation rows join only within it. */
  table: number;
  /** Sub-table (sub-procedure) the step belongs to; numbering restarts in each. */
  sequence: number;
}

const normalizeLabel = (s: string) => cleanText(s).toLowerCase().replace(/[^a-z0-9]+/g, "");

/** Word overlap of two activities (0..1). */
function similarity(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().split(/\W+/).filter(Boolean));
  const wb = new Set(b.toLowerCase().split(/\W+/).filter(Boolean));
  if (!wa.size || !wb.size) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(wa.size, wb.size);
}

const words = (s: string) => s.toLowerCase().split(/\W+/).filter(Boolean);

/** The same activity, or the first row of it (a repeated step wrapped over rows). */
function sameActivity(full: string, row: string): boolean {
  if (similarity(full, row) >= 0.8) return true;
  const a = words(full);
  const b = words(row);
  return b.length >= 3 && b.every((w, i) => a[i] === w);
}

export class StepCollector {
  readonly actors: string[] = [];
  readonly warnings: Warning[] = [];
  private readonly steps: StepDraft[] = [];
  private table: Table | null = null;
  private tableCount = 0;
  private sequence = 0;
  private firstHeaderLine = 0;
  private flowchartLine: number | null = null;
  private readonly noted = new Set<string>();
  /** The table whose last row was dropped as a repeated step: its continuation rows go with it. */
  private droppedIn = 0;

  /** `place` names another row in a message ("baris 12"). */
  constructor(private readonly place: (line: number) => string = (line) => `baris ${line}`) {}

  get tables(): number {
    return this.tableCount;
  }

  get count(): number {
    return this.steps.length;
  }

  /** True while header rows may still follow the header line. */
  get inHeader(): boolean {
    return this.table !== null && this.table.layout === null;
  }

  get layout(): TableLayout | null {
    return this.table?.layout ?? null;
  }

  private get last(): StepDraft | undefined {
    return this.steps[this.steps.length - 1];
  }

  /** A step of the current table is open: a row with an empty No cell continues it. */
  get canContinue(): boolean {
    return !!this.table?.layout && (this.last?.table === this.tableCount || this.droppedIn === this.tableCount);
  }

  /** The number the next step of the current (sub-)table should carry. */
  get nextNumber(): number {
    const last = this.last;
    if (!last || last.table !== this.tableCount) return 1;
    return last.no === null ? -1 : last.no + 1;
  }

  warn(line: number, message: string): void {
    this.warnings.push({ line, message });
  }

  /** A warning given once per SOP (repeated flowchart remnants). */
  noteOnce(key: string, line: number, message: string): void {
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.warn(line, message);
  }

  startTable(headerCells: string[], line: number, caption: string | null): void {
    if (this.inHeader) this.warn(line, "Kepala tabel sebelumnya tidak diikuti baris langkah");
    this.table = { headerRows: [headerCells], headerLine: line, caption, layout: null, actorIndex: [] };
    this.tableCount++;
    if (!this.firstHeaderLine) this.firstHeaderLine = line;
    if (caption) this.warn(line, `Tabel prosedur berjudul "${short(caption)}"`);
  }

  addHeaderRow(cells: string[]): void {
    this.table?.headerRows.push(cells);
  }

  /** Called at the first body row: merges the header rows and maps the actor columns. */
  closeHeader(): void {
    const t = this.table;
    if (!t || t.layout) return;
    t.layout = buildLayout(t.headerRows, t.headerLine, this.warnings);
    const labels = t.layout.actorColumns;
    const named = labels.filter((l): l is string => !!l);
    const known = this.actors.map(normalizeLabel);
    const matching = named.filter((l) => known.includes(normalizeLabel(l))).length;
    const continuation = this.tableCount > 1 && named.length === this.actors.length && matching * 2 >= named.length;
    if (continuation) {
      let k = 0;
      t.actorIndex = labels.map((l) => (l ? k++ : null));
      const differing = named.filter((l, i) => normalizeLabel(l) !== known[i]);
      if (differing.length) {
        this.warn(t.headerLine, `Kepala tabel lanjutan berbeda dari tabel pertama (${differing.map((d) => `"${short(d, 40)}"`).join(", ")}); kolom dipetakan menurut posisi`);
      }
      return;
    }
    if (this.tableCount > 1) {
      this.sequence++;
      const caption = t.caption ? ` ("${short(t.caption, 50)}")` : "";
      this.warn(t.headerLine, `Tabel prosedur tambahan dengan kolom Pelaksana berbeda${caption}; langkahnya ditambahkan dan penomoran dimulai ulang`);
    }
    t.actorIndex = labels.map((l) => {
      if (!l) return null;
      const idx = known.indexOf(normalizeLabel(l));
      if (idx >= 0) return idx;
      this.actors.push(l);
      known.push(normalizeLabel(l));
      return this.actors.length - 1;
    });
  }

  add(row: RowResult, line: number): void {
    const t = this.table;
    if (!t?.layout) return;
    this.noteRow(row, line);
    const duplicate = this.steps.find(
      (s) => s.sequence === this.sequence && s.no !== null && s.no === row.no && sameActivity(s.activity, row.activity),
    );
    if (duplicate) {
      this.warn(line, `Langkah ${row.no} sama dengan langkah di ${this.place(duplicate.line)} (tabel diulang); diabaikan`);
      this.droppedIn = this.tableCount;
      if (!duplicate.markers.some((m) => m.column !== null) && row.markers.some((m) => m.column !== null)) {
        duplicate.markers = row.markers;
        duplicate.actorIndex = t.actorIndex;
      }
      return;
    }
    this.droppedIn = 0;
    this.steps.push({
      ...row,
      line,
      actorIndex: t.actorIndex,
      minutesColumn: t.layout.minutesColumn,
      secondsColumn: t.layout.secondsColumn,
      sequence: this.sequence,
      table: this.tableCount,
    });
  }

  /** A row with an empty No cell: its activity, Mutu Baku cells and marks join the open step. */
  continueStep(row: RowResult, line: number): void {
    const last = this.last;
    if (this.droppedIn === this.tableCount || !last || !this.canContinue) return;
    this.noteRow(row, line);
    last.activity = joinText(last.activity, row.activity) ?? "";
    last.kelengkapan = joinText(last.kelengkapan, row.kelengkapan);
    last.waktu_raw = joinText(last.waktu_raw, row.waktu_raw);
    last.output = joinText(last.output, row.output);
    last.keterangan = joinText(last.keterangan, row.keterangan);
    last.markers = [...last.markers, ...row.markers];
    last.decision ||= row.decision;
  }

  private noteRow(row: RowResult, line: number): void {
    this.warnings.push(...row.warnings);
    if (row.symbols) this.noteOnce("symbols", line, "Simbol diagram alir (kotak/panah) di kolom Pelaksana diabaikan");
    if (row.decisions) {
      this.noteOnce("decisions", line, "Label keputusan Ya/Tidak di kolom Pelaksana diabaikan (tidak menunjukkan pelaksana)");
    }
    if (row.flowchart && this.flowchartLine === null) {
      this.flowchartLine = line;
      this.warn(line, "Diagram alir (mermaid) di kolom Pelaksana diabaikan; kolom Mulai/Selesai tidak terbaca, pelaksana disimpulkan dari teks");
    }
  }

  /** Final steps with actors and minutes; adds numbering and time warnings. */
  finish(): SopStep[] {
    this.checkNumbering();
    const anyMarker = this.steps.some((s) => s.markers.length > 0);
    if (this.steps.length && this.actors.length && !anyMarker && this.flowchartLine === null) {
      this.warn(this.firstHeaderLine, "Kolom Pelaksana tidak memuat penanda (Mulai/Selesai, X, √ atau simbol); pelaksana hanya disimpulkan dari teks");
    }
    const markerActors = this.steps.map((s) => {
      const found = markerActor(s);
      if (found === "several") {
        this.noteOnce("several-marks", s.line, "Penanda di lebih dari satu kolom Pelaksana pada satu langkah; pelaksana langkah itu tidak ditentukan dari penanda");
        return null;
      }
      return found;
    });
    const assignments = assignActors(
      this.steps.map((s, i) => ({ activity: s.activity, markerActor: markerActors[i] })),
      this.actors,
    );
    return this.steps.map((s, i) => {
      if (s.activity === "") this.warn(s.line, s.no === null ? "Langkah tanpa uraian kegiatan" : `Langkah ${s.no} tanpa uraian kegiatan`);
      const d = parseDuration(s.waktu_raw, { minutesColumn: s.minutesColumn, secondsColumn: s.secondsColumn });
      const raw = s.waktu_raw ?? "";
      if (d.status === "unparsed") this.warn(s.line, `Waktu "${short(raw)}" tidak dapat diubah ke menit`);
      if (d.status === "no_unit") this.warn(s.line, `Waktu "${short(raw)}" tanpa satuan dan kolom tidak bertanda (menit); dianggap tidak diketahui`);
      if (d.approximate) this.warn(s.line, `Waktu "${short(raw)}" majemuk; dibaca sebagai rentang terpanjang (${d.minutes} menit)`);
      const a = assignments[i];
      const step: SopStep = {
        no: s.no,
        activity: s.activity,
        actor: a.actor === null ? null : this.actors[a.actor],
        actor_confidence: a.actor === null ? "unknown" : a.confidence,
        kelengkapan: s.kelengkapan,
        waktu_raw: s.waktu_raw,
        waktu_minutes: d.minutes,
        output: s.output,
        keterangan: s.keterangan,
      };
      if (s.decision) step.decision = true;
      return step;
    });
  }

  private checkNumbering(): void {
    let previous: number | null = null;
    let sequence = -1;
    const seen = new Set<number>();
    for (const s of this.steps) {
      if (s.sequence !== sequence) {
        sequence = s.sequence;
        previous = null;
        seen.clear();
      }
      if (s.no === null) {
        this.warn(s.line, "Langkah tanpa nomor");
        continue;
      }
      if (seen.has(s.no)) this.warn(s.line, `Nomor langkah ${s.no} berulang`);
      else if (previous !== null && s.no > previous + 1) {
        const missing = s.no - previous === 2 ? `${previous + 1}` : `${previous + 1}–${s.no - 1}`;
        this.warn(s.line, `Nomor langkah ${missing} terlewat`);
      } else if (previous !== null && s.no < previous) {
        this.warn(s.line, `Nomor langkah ${s.no} lebih kecil dari langkah sebelumnya (${previous})`);
      } else if (previous === null && s.no !== 1) this.warn(s.line, `Penomoran langkah dimulai dari ${s.no}`);
      seen.add(s.no);
      previous = s.no;
    }
  }
}

/**
 * The actor the step's markers name: Mulai/Selesai as printed (the first one counts), otherwise
 * the one column holding a mark; marks in several columns name nobody.
 */
function markerActor(s: StepDraft): number | null | "several" {
  const placed = s.markers.filter((x) => x.column !== null);
  const label = placed.find((x) => x.marker !== "mark");
  if (label) return s.actorIndex[label.column!] ?? null;
  const columns = new Set(placed.map((x) => x.column!));
  if (columns.size > 1) return "several";
  const [column] = columns;
  return column === undefined ? null : (s.actorIndex[column] ?? null);
}

function joinText(a: string | null, b: string | null): string | null {
  if (!a) return b || a;
  return b ? joinWrapped(a, b) : a;
}
