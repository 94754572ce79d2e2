/**
 * The SOP rules: read source rows (identity → sections → table) and return every SOP found.
 * `parseSopDocument` picks the source adapter for a text; `parseSopPages` reads positioned pages.
 * Never throws: anything not understood becomes a warning with the row's page and line.
 */
import { cleanText, isPageNoise } from "./cleanup";
import { type DocumentLines, isBlank, isCaption, nipAhead, prepareRows } from "./document-lines";
import type { PositionedPage, SourceRow } from "./grid";
import { type IdentityLine, hasNip, isOrgLine } from "./identity";
import { readLayout } from "./layout-reader";
import { isColumnLaidOut, textToPages } from "./layout-text";
import { rowsFromText } from "./rows-from-text";
import { matchSectionLabel, short } from "./sections";
import { SopBuilder } from "./sop-builder";
import { isFlowchartLabelLine, isNumberingRow, isSubHeaderRow, parseRow } from "./table";
import type { ParseOptions, ParseResult, ParsedSop, Warning } from "./types";

/** A defect of the parser: its (English, technical) text goes to the log, never to the user. */
function logDefect(where: string, error: unknown): void {
  console.error(`Pembaca SOP: kesalahan internal (${where})`, error);
}

const comparable = (s: string | null | undefined) => cleanText(s ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "");

function sameTitle(a: string, nama: string | null | undefined): boolean {
  const x = comparable(a);
  const y = comparable(nama);
  return x !== "" && y !== "" && (x === y || y.includes(x) || x.includes(y));
}

const filledCells = (cells: string[]) => cells.map((c) => cleanText(c)).filter((c) => c !== "");
const STEP_NUMBER = /^(\d{1,3})\s*[.)]?$/;
/** "Total waktu baku: 1 jam 35 menit", "Jumlah waktu": the summary under the last step ends the table. */
const TABLE_TOTAL = /^(total|jumlah)\s+waktu\b/i;

/**
 * Reads the rows in order. Internally a warning's `line` is the 1-based index of its row;
 * `locate` turns it into the row's page and line at the end.
 */
class DocumentParser {
  readonly sops: ParsedSop[] = [];
  readonly warnings: Warning[] = [];
  private cur: SopBuilder | null = null;
  private caption: string | null = null;
  /** Row holding the SOP title (or its last wrapped part): the next row may continue it. */
  private titleRow = -1;
  /**
   * Set at the table's total row: the rows after it (a flowchart drawn on pages of its own, notes)
   * are no steps, up to the next table header, section or SOP. first/last: the rows skipped.
   */
  private afterTotal: { first: number; last: number } | null = null;

  constructor(private readonly doc: DocumentLines) {}

  /** "baris 12" or "hlm. 2 baris 12" for a row index (messages pointing at another row). */
  readonly place = (ordinal: number): string => {
    const row = this.doc.rows[ordinal - 1];
    if (!row) return `baris ${ordinal}`;
    return row.page ? `hlm. ${row.page} baris ${row.line}` : `baris ${row.line}`;
  };

  run(): void {
    const { lines } = this.doc;
    const preamble = { first: 0, last: 0 };
    for (let i = 0; i < lines.length; i++) {
      if (this.doc.reserved.has(i) || isBlank(lines[i])) continue;
      try {
        const id = this.doc.identity[i];
        if (id) this.identityLine(id, i);
        else if (this.cur) this.contentLine(this.cur, i);
        else if (this.doc.isHeader[i]) {
          this.warnings.push({ line: i + 1, message: "Tabel prosedur ditemukan sebelum identitas SOP; diabaikan" });
        } else {
          preamble.first ||= i + 1;
          preamble.last = i + 1;
        }
      } catch (error) {
        // A defect of the parser must not lose the rest of the document.
        logDefect(`baris ${i + 1}`, error);
        this.warnings.push({ line: i + 1, message: "Baris ini tidak dapat dibaca oleh sistem; periksa isinya setelah impor" });
      }
    }
    this.finishCurrent();
    if (preamble.first && this.sops.length) {
      this.warnings.unshift({ line: preamble.first, message: `${this.range(preamble.first, preamble.last)} sebelum SOP pertama bukan bagian SOP (pembukaan dokumen); dilewati` });
    }
  }

  /** "Baris 5–190", or "Hlm. 1 baris 3 – hlm. 2 baris 4" across pages. */
  private range(first: number, last: number): string {
    const a = this.doc.rows[first - 1];
    const b = this.doc.rows[last - 1];
    if (a.page !== b.page) return `Hlm. ${a.page} baris ${a.line} – hlm. ${b.page} baris ${b.line}`;
    return first === last ? `Baris ${a.line}` : `Baris ${a.line}–${b.line}`;
  }

  /** One warning for the rows skipped after the table's total row. */
  private closeAfterTotal(sop: SopBuilder | null): void {
    const skipped = this.afterTotal;
    this.afterTotal = null;
    if (!sop || !skipped?.first) return;
    sop.warn(skipped.first, `${this.range(skipped.first, skipped.last)} sesudah baris total waktu bukan langkah (mis. bagan alir); dilewati`);
  }

  private finishCurrent(): void {
    const cur = this.cur;
    this.closeAfterTotal(cur);
    this.cur = null;
    if (!cur) return;
    if (!cur.isSop) {
      this.warnings.push({ line: cur.sourceLine, message: `${this.range(cur.sourceLine, cur.sourceLine)}: tanpa Nomor SOP, bagian, maupun tabel prosedur; bukan SOP, dilewati` });
      return;
    }
    try {
      this.sops.push(cur.finish());
    } catch (error) {
      logDefect(`SOP baris ${cur.sourceLine}`, error);
      this.warnings.push({ line: cur.sourceLine, message: "SOP ini tidak dapat disusun oleh sistem; SOP dilewati" });
    }
  }

  private identityLine(id: IdentityLine, i: number): void {
    const lineNo = i + 1;
    const cur = this.cur;
    const nomor = id.fields.find((f) => f.key === "nomor");
    // A second header block without sections in between, with another Nomor SOP.
    const restarts =
      cur !== null && nomor !== undefined && cur.identity.get("nama") !== undefined &&
      comparable(cur.identity.get("nomor")) !== comparable(nomor.value);
    let sop: SopBuilder;
    if (!cur || cur.hasContent || restarts) {
      this.finishCurrent();
      sop = new SopBuilder(lineNo, this.place);
      sop.addOrgLines([...(this.doc.orgBlock.get(i) ?? []), ...id.org]);
      this.caption = null;
      this.cur = sop;
    } else {
      sop = cur;
      // Two-column identity block: the agency's lines sit beside the labels, one per row.
      if (id.org.length) sop.addOrgLines(id.org);
    }
    for (const f of id.fields) sop.identity.set(f.key, f.value, lineNo);
    const last = id.fields[id.fields.length - 1];
    this.titleRow = last.key === "nama" && last.value && id.extra.length === 0 ? i : -1;
    for (const e of id.extra) sop.warn(lineNo, `Teks tambahan pada baris identitas tidak dikenali: "${short(e)}"`);
  }

  private contentLine(sop: SopBuilder, i: number): void {
    const line = this.doc.lines[i];
    const lineNo = i + 1;
    const cells = this.doc.rows[i].cells;

    if (this.doc.isHeader[i]) {
      this.closeAfterTotal(sop);
      sop.startTable(cells, lineNo, this.caption);
      this.caption = null;
      return;
    }
    if (sop.phase === "table" && sop.table.inHeader) {
      if (isNumberingRow(cells)) return;
      if (isSubHeaderRow(cells)) {
        sop.table.addHeaderRow(cells);
        return;
      }
      sop.table.closeHeader();
    }
    const firstCell = cells.find((c) => cleanText(c) !== "") ?? "";
    const stepLike = sop.phase === "table" && /^\d/.test(cleanText(cells[0]));
    if (matchSectionLabel(firstCell) && !stepLike) {
      this.closeAfterTotal(sop);
      sop.startSections();
      sop.sections.feed(cells, lineNo);
      return;
    }
    if (sop.phase === "table" && this.afterTotal) {
      this.afterTotal.first ||= lineNo;
      this.afterTotal.last = lineNo;
      return;
    }
    if (sop.phase === "table" && TABLE_TOTAL.test(cleanText(firstCell))) {
      this.afterTotal = { first: 0, last: 0 };
      return;
    }
    if (sop.phase === "table" && this.loneStepNumber(sop, i)) return;
    if (isPageNoise(line)) return;
    if (isCaption(this.doc, i)) {
      this.caption = cleanText(line);
      return;
    }
    if (sop.phase === "identity") this.identityText(sop, cells, i);
    else if (sop.phase === "sections") {
      if (!sop.sections.feed(cells, lineNo)) sop.warn(lineNo, `Baris tidak dikenali: "${short(line)}"`);
    } else this.tableBody(sop, cells, i);
  }

  /** Unlabelled text inside the identity block: a shifted title, or the approver's position, name and NIP. */
  private identityText(sop: SopBuilder, cells: string[], i: number): void {
    const lineNo = i + 1;
    const filled = filledCells(cells);
    const id = sop.identity;
    if (id.expectTitle && filled.length === 1 && !isOrgLine(filled[0])) {
      id.takeTitle(filled[0], lineNo);
      return;
    }
    // "Disahkan oleh  Kepala Dinas" with the name and NIP some rows further down (beside the agency's lines).
    const org = filled.length === 2 && isOrgLine(filled[0]) ? filled[0] : null;
    const text = filled[filled.length - 1];
    const single = filled.length === 1 || org !== null;
    const approver = () => {
      if (org) sop.addOrgLines([org]);
      id.appendApprover(text, lineNo);
    };
    if (single && !id.approverNip && (hasNip(text) || nipAhead(this.doc, i, 1))) return approver();
    // A title wrapped in its cell continues on the row below.
    if (single && this.previousNonBlank(i) === this.titleRow && !hasNip(text)) {
      if (org) sop.addOrgLines([org]);
      id.continueTitle(text);
      this.titleRow = i;
      return;
    }
    if (single && id.approverOpen && nipAhead(this.doc, i, 4, true)) return approver();
    // Two-column identity block: the agency's lines on the left run on between the label rows.
    if (filled.length === 1 && isOrgLine(filled[0])) {
      sop.addOrgLines([filled[0]]);
      return;
    }
    sop.warn(lineNo, `Baris tidak dikenali di bagian identitas: "${short(this.doc.lines[i])}"`);
  }

  private previousNonBlank(i: number): number {
    let j = i - 1;
    while (j >= 0 && isBlank(this.doc.lines[j])) j--;
    return j;
  }

  /**
   * A step number alone on its row ("3", activity on the rows below): starts the step when it is
   * the next number and a continuation row follows. Otherwise it is a page number.
   */
  private loneStepNumber(sop: SopBuilder, i: number): boolean {
    const layout = sop.table.layout;
    const cells = this.doc.rows[i].cells;
    const filled = filledCells(cells);
    const m = filled.length === 1 ? STEP_NUMBER.exec(cleanText(cells[0])) : null;
    if (!layout || !m || Number(m[1]) !== sop.table.nextNumber) return false;
    let j = i + 1;
    while (j < this.doc.lines.length && isBlank(this.doc.lines[j])) j++;
    const next = this.doc.rows[j];
    if (!next || this.doc.isHeader[j] || next.cells.length < 2 || cleanText(next.cells[0]) !== "") return false;
    sop.table.add(parseRow(cells, layout, i + 1, { partial: true }), i + 1);
    return true;
  }

  private tableBody(sop: SopBuilder, cells: string[], i: number): void {
    const line = this.doc.lines[i];
    const lineNo = i + 1;
    if (isNumberingRow(cells)) return;
    if (isFlowchartLabelLine(line)) {
      sop.table.noteOnce("labels", lineNo, `Label diagram alir di luar sel tabel diabaikan ("${short(line)}")`);
      return;
    }
    const layout = sop.table.layout;
    const first = cleanText(cells[0]);
    const second = cleanText(cells[1] ?? "");
    const others = cells.slice(2).some((c) => cleanText(c) !== "");
    const nama = sop.identity.get("nama");
    if (layout && cells.length >= 2 && first === "" && (second !== "" || others)) {
      if (!others && sameTitle(second, nama)) return; // table title row repeating the SOP name
      // An empty No cell continues the step above in the same table (wrapped activity or Mutu Baku).
      if (sop.table.canContinue) {
        sop.table.continueStep(parseRow(cells, layout, lineNo, { partial: true }), lineNo);
        return;
      }
      if (second === "") {
        sop.warn(lineNo, `Baris tidak dikenali di tabel prosedur: "${short(line)}"`);
        return;
      }
      if (!others) {
        sop.warn(lineNo, `Baris tanpa nomor dan tanpa kolom lain dianggap sub-judul tabel: "${short(second)}"`);
        return;
      }
      sop.table.add(parseRow(cells, layout, lineNo), lineNo);
      return;
    }
    if (layout && cells.length >= 2 && /^\d/.test(first) && (second !== "" || (others && STEP_NUMBER.test(first)))) {
      if (!others && sameTitle(second, nama)) return;
      sop.table.add(parseRow(cells, layout, lineNo, { partial: second === "" }), lineNo);
      return;
    }
    if (first !== "" && second === "" && !others && sameTitle(first, nama)) return;
    sop.warn(lineNo, `Baris tidak dikenali di tabel prosedur: "${short(line)}"`);
  }
}

/** Turns row indexes into the rows' pages and lines. */
function locate(rows: SourceRow[], w: Warning): Warning {
  const row = rows[w.line - 1];
  if (!row) return w;
  return row.page ? { line: row.line, message: w.message, page: row.page } : { line: row.line, message: w.message };
}

function parseRowsUnsafe(rows: SourceRow[], options: ParseOptions): ParseResult {
  const parser = new DocumentParser(prepareRows(rows));
  parser.run();
  const sops = parser.sops.map((sop) => {
    const row = rows[sop.source_line - 1];
    return {
      ...sop,
      warnings: sop.warnings.map((w) => locate(rows, w)),
      source_line: row?.line ?? sop.source_line,
      ...(row?.page ? { source_page: row.page } : {}),
    };
  });
  const warnings = parser.warnings.map((w) => locate(rows, w));
  if (sops.length === 0) {
    const name = options.fileName ? ` ${options.fileName}` : "";
    warnings.push({ line: 1, message: `Tidak ditemukan SOP AP (label "Nomor SOP" atau "Nama/Judul SOP") dalam berkas${name}` });
  }
  return { sops, warnings };
}

function safely(run: () => ParseResult): ParseResult {
  try {
    return run();
  } catch (error) {
    logDefect("dokumen", error);
    return { sops: [], warnings: [{ line: 1, message: "Dokumen tidak dapat dibaca oleh sistem; coba simpan ulang berkasnya lalu unggah lagi" }] };
  }
}

/** The SOP rules over source rows (any adapter). Never throws. */
export function parseSopRows(rows: SourceRow[], options: ParseOptions = {}): ParseResult {
  return safely(() => parseRowsUnsafe(Array.isArray(rows) ? rows : [], options ?? {}));
}

/** Positioned pages (PDF, column-laid-out text) through the layout reader, then the SOP rules. Never throws. */
export function parseSopPages(pages: PositionedPage[], options: ParseOptions = {}): ParseResult {
  return safely(() => parseRowsUnsafe(readLayout(Array.isArray(pages) ? pages : []), options ?? {}));
}

/** Parses every SOP AP in a converted document (tab-separated or laid out by columns). Never throws. */
export function parseSopDocument(text: string, options: ParseOptions = {}): ParseResult {
  return safely(() => {
    const source = typeof text === "string" ? text : String(text ?? "");
    return isColumnLaidOut(source) ? parseSopPages(textToPages(source), options) : parseSopRows(rowsFromText(source), options);
  });
}
