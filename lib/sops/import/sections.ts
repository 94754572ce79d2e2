/**
 * Sections between the identity block and the procedure table: Dasar Hukum, Kualifikasi Pelaksana,
 * Keterkaitan, Peralatan/Perlengkapan, Peringatan, Pencatatan dan Pendataan.
 * Written as "Label :" followed by lines, as "Label : <ol>...</ol>" on one line (two per line
 * separated by a tab), or as a row of labels followed by a row of contents (table layout).
 */
import { cleanText, splitListItems } from "./cleanup";
import { SECTION_LABELS } from "./labels";
import type { Warning } from "./types";

export type SectionKey = "dasar_hukum" | "kualifikasi" | "keterkaitan" | "peralatan" | "peringatan" | "pencatatan";

const SECTION_NAMES: Record<SectionKey, string> = {
  dasar_hukum: "Dasar Hukum",
  kualifikasi: "Kualifikasi Pelaksana",
  keterkaitan: "Keterkaitan",
  peralatan: "Peralatan/Perlengkapan",
  peringatan: "Peringatan",
  pencatatan: "Pencatatan dan Pendataan",
};

/** A cell starting with a section label followed by nothing or by ":" (and the content). */
export function matchSectionLabel(cell: string): { key: SectionKey; rest: string } | null {
  const lead = cell.replace(/^[\s*]+/, "");
  const head = cleanText(lead.slice(0, 80));
  for (const [re, key] of SECTION_LABELS) {
    const m = re.exec(head);
    if (!m) continue;
    const after = head.slice(m[0].length);
    if (after !== "" && !/^\s*\**\s*:/.test(after)) continue;
    // Keep the raw (HTML) content after the colon: lists are split later.
    const colon = lead.indexOf(":");
    const rest = after === "" ? "" : colon >= 0 ? lead.slice(colon + 1) : "";
    return { key, rest: rest.replace(/^\s*\**\s*/, "") };
  }
  return null;
}

/** Section labels in full, as a label column wraps them. */
const FULL_LABELS = [
  "Dasar Hukum",
  "Kualifikasi Pelaksana",
  "Keterkaitan dengan SOP Lain",
  "Peralatan/Perlengkapan",
  "Perlengkapan/Peralatan",
  "Pencatatan dan Pendataan",
];

const normalizeLabel = (s: string) => s.toLowerCase().replace(/\s*\/\s*/g, "/").replace(/\s+/g, " ").trim();

/** "Pencatatan dan" starts "Pencatatan dan Pendataan" at a word boundary. */
function wordPrefix(part: string, whole: string): boolean {
  const p = normalizeLabel(part);
  const w = normalizeLabel(whole);
  return p.length >= 3 && w.startsWith(p) && (w.length === p.length || /[\s/]/.test(w[p.length]) || p.endsWith("/"));
}

/** An item's own number or bullet at the start of a line ("1.", "2)", "a.", "-", "•"). */
const LIST_MARKER = /^(?:\(?\d{1,2}[.)]|\d{1,2}\s|[a-z][.)]\s|[-•*·▪●]\s*)/;

const BULLET = /^[-•*·▪●]\s/;

/** Separators ending a list item ("; dan", ",", a final period). */
const ITEM_END = /(?:[;,]\s*dan|[;,.])\s*$/i;

interface Piece {
  text: string;
  line: number;
  inline: boolean;
}

/** Collects section contents of one SOP line by line. */
export class SectionCollector {
  private readonly pieces = new Map<SectionKey, Piece[]>();
  /** Labels of a label row waiting for their content row (table layout). */
  private pendingColumns: SectionKey[] = [];
  /** Labels of a label row whose contents run on over further rows, one cell per label. */
  private columns: SectionKey[] = [];
  /** Section that receives the following lines (list layout). */
  private current: SectionKey | null = null;
  readonly warnings: Warning[] = [];

  /** The rest of a label wrapped in its label column ("Pendataan" under "Pencatatan dan"). */
  private labelTail: string | null = null;

  /** True when the row started, continued or filled a section. */
  feed(rawCells: string[], line: number): boolean {
    const cells = this.unwrapLabel(rawCells);
    // "Label<TAB>:<TAB>content": the colon cell is not content.
    const nonEmpty = cells.map((c, i) => ({ c, i })).filter(({ c }) => cleanText(c) !== "" && cleanText(c) !== ":");
    const labels = nonEmpty.map(({ c }) => matchSectionLabel(c));

    if (labels.some(Boolean)) {
      this.pendingColumns = [];
      this.columns = [];
      this.current = null;
      const inline: SectionKey[] = [];
      for (let k = 0; k < nonEmpty.length; k++) {
        const label = labels[k];
        if (!label) {
          this.warnings.push({ line, message: `Teks di luar label bagian tidak dikenali: "${short(nonEmpty[k].c)}"` });
          continue;
        }
        if (cleanText(label.rest) !== "") {
          this.add(label.key, label.rest, line, true);
          inline.push(label.key);
        } else if (k + 1 < nonEmpty.length && !labels[k + 1]) {
          this.add(label.key, nonEmpty[k + 1].c, line, true);
          inline.push(label.key);
          k++;
        } else {
          this.pendingColumns.push(label.key);
        }
      }
      if (this.pendingColumns.length === 1) {
        this.current = this.pendingColumns[0];
        this.pendingColumns = [];
      } else if (this.pendingColumns.length === 0 && inline.length === 1) {
        // "Dasar Hukum : 1. ..." alone on its row: the next items may follow on the rows below.
        this.current = inline[0];
      }
      return true;
    }

    if (this.pendingColumns.length > 1) {
      const columns = this.pendingColumns;
      this.pendingColumns = [];
      columns.forEach((key, k) => {
        const content = cells[k] ?? "";
        if (cleanText(content) !== "") this.add(key, content, line, true);
        else this.warnings.push({ line, message: `Isi bagian ${SECTION_NAMES[key]} kosong atau terpotong` });
      });
      const extra = cells.slice(columns.length).filter((c) => cleanText(c) !== "");
      for (const c of extra) this.warnings.push({ line, message: `Sel tambahan di baris isi bagian tidak dikenali: "${short(c)}"` });
      this.columns = columns;
      return true;
    }

    // Side-by-side lists wrapped over several rows: each cell continues its column.
    if (this.columns.length > 1 && cells.length <= this.columns.length && cells.length > 1) {
      this.columns.forEach((key, k) => {
        const content = cells[k] ?? "";
        if (cleanText(content) !== "") this.add(key, content, line, false);
      });
      return true;
    }

    if (this.current) {
      this.add(this.current, cells.filter((c) => cleanText(c) !== "").join(" "), line, false);
      return true;
    }
    return false;
  }

  /**
   * A label column too narrow for its label: "Pencatatan dan" beside the first item, "Pendataan"
   * beside the second. The first row gets the whole label, the tail is dropped from the next row.
   */
  private unwrapLabel(cells: string[]): string[] {
    const tail = this.labelTail;
    this.labelTail = null;
    const k = cells.findIndex((c) => cleanText(c) !== "");
    if (k < 0) return cells;
    const first = cleanText(cells[k]);
    if (tail && wordPrefix(first, tail)) return cells.map((c, i) => (i === k ? "" : c));
    const filled = cells.filter((c) => cleanText(c) !== "" && cleanText(c) !== ":").length;
    if (filled < 2 || matchSectionLabel(first)) return cells;
    const full = FULL_LABELS.find((name) => wordPrefix(first, name) && name.length > first.length);
    if (!full) return cells;
    this.labelTail = full.slice(first.length).replace(/^[\s/]+/, "");
    return cells.map((c, i) => (i === k ? full : c));
  }

  /** Stops adding lines to the current section (a table or a new SOP follows). */
  close(): void {
    this.current = null;
    this.pendingColumns = [];
    this.columns = [];
  }

  has(key: SectionKey): boolean {
    return this.pieces.has(key);
  }

  get started(): boolean {
    return this.pieces.size > 0 || this.current !== null || this.pendingColumns.length > 0;
  }

  private add(key: SectionKey, text: string, line: number, inline: boolean): void {
    const list = this.pieces.get(key) ?? [];
    list.push({ text, line, inline });
    this.pieces.set(key, list);
  }

  items(key: SectionKey): string[] {
    const out: string[] = [];
    /** Number the next item of a numbered list carries (0: the list is not numbered). */
    let next = 0;
    /** The list's items start with a bullet ("-", "•"): a line without one continues the item above. */
    let bulleted = false;
    for (const piece of this.pieces.get(key) ?? []) {
      const items = splitListItems(piece.text, {
        inline: piece.inline,
        legal: key === "dasar_hukum",
        qualification: key === "kualifikasi",
      });
      const text = cleanText(piece.text);
      const number = /^\(?(\d{1,2})[.)]?\s(?!Tahun\b)/i.exec(text);
      // Inside a numbered list only a number next to the expected one (printed lists repeat or skip
      // one) starts an item: "28 Tahun 2002 ..." continues the item above.
      const marked = number ? !next || Math.abs(Number(number[1]) - next) <= 1 : LIST_MARKER.test(text) && !/^\d/.test(text);
      // A line that starts in lower case, or an unmarked line inside a numbered list, continues the previous item.
      // A letter item ("b. Stempel") starts an item unless it is a sub-item of a numbered list.
      const lowerStart = /^[a-z]/.test(text) && (next > 0 || !/^[a-z][.)]\s/.test(text));
      const continues =
        !piece.inline && out.length > 0 && (lowerStart || (next > 0 && !marked) || (bulleted && !LIST_MARKER.test(text)));
      if (continues) {
        out[out.length - 1] = `${out[out.length - 1]} ${text.replace(ITEM_END, "")}`;
        continue;
      }
      out.push(...items);
      if (BULLET.test(text)) bulleted = true;
      const last = [...text.matchAll(/(?:^|[\s;])\(?(\d{1,2})[.)]\s/g)].pop();
      if (number && last) next = Number(last[1]) + 1;
    }
    return out;
  }

  text(key: SectionKey): string | null {
    const parts: string[] = [];
    for (const piece of this.pieces.get(key) ?? []) {
      parts.push(...splitListItems(piece.text, { inline: piece.inline, keepFinalPeriod: true }));
    }
    return parts.length ? parts.join("\n") : null;
  }

  /** Line of the first piece of a section (for messages). */
  firstLine(key: SectionKey): number | null {
    return this.pieces.get(key)?.[0]?.line ?? null;
  }
}

export function short(s: string, max = 80): string {
  const t = cleanText(s);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
