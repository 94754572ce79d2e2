/**
 * parseSopDocument: reads a converted SOP AP collection line by line and returns every SOP found.
 * Never throws: anything not understood becomes a warning { line, message } (1-based line).
 */
import { cleanText, isPageNoise } from "./cleanup";
import { type DocumentLines, isBlank, isCaption, nextIsNip, prepareLines } from "./document-lines";
import { type IdentityLine, hasNip, isOrgLine, joinOrgLines } from "./identity";
import { matchSectionLabel, short } from "./sections";
import { SopBuilder } from "./sop-builder";
import { isFlowchartLabelLine, isNumberingRow, isSubHeaderRow, parseRow } from "./table";
import type { ParseOptions, ParseResult, ParsedSop, Warning } from "./types";

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

const comparable = (s: string | null | undefined) => cleanText(s ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "");

function sameTitle(a: string, nama: string | null | undefined): boolean {
  const x = comparable(a);
  const y = comparable(nama);
  return x !== "" && y !== "" && (x === y || y.includes(x) || x.includes(y));
}

class DocumentParser {
  readonly sops: ParsedSop[] = [];
  readonly warnings: Warning[] = [];
  private cur: SopBuilder | null = null;
  private caption: string | null = null;

  constructor(private readonly doc: DocumentLines) {}

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
        this.warnings.push({ line: i + 1, message: `Kesalahan internal saat membaca baris ini: ${errorText(error)}` });
      }
    }
    this.finishCurrent();
    if (preamble.first && this.sops.length) {
      const range = preamble.first === preamble.last ? `${preamble.first}` : `${preamble.first}–${preamble.last}`;
      this.warnings.unshift({ line: preamble.first, message: `Baris ${range} sebelum SOP pertama bukan bagian SOP (pembukaan dokumen); dilewati` });
    }
  }

  private finishCurrent(): void {
    const cur = this.cur;
    this.cur = null;
    if (!cur) return;
    try {
      this.sops.push(cur.finish());
    } catch (error) {
      this.warnings.push({ line: cur.sourceLine, message: `Kesalahan internal saat menyusun SOP ini; SOP dilewati: ${errorText(error)}` });
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
      sop = new SopBuilder(lineNo);
      sop.unitLines = joinOrgLines([...(this.doc.orgBlock.get(i) ?? []), ...id.org]);
      this.caption = null;
      this.cur = sop;
    } else {
      sop = cur;
      if (id.org.length && sop.unitLines.length === 0) sop.unitLines = joinOrgLines(id.org);
    }
    for (const f of id.fields) sop.identity.set(f.key, f.value, lineNo);
    for (const e of id.extra) sop.warn(lineNo, `Teks tambahan pada baris identitas tidak dikenali: "${short(e)}"`);
  }

  private contentLine(sop: SopBuilder, i: number): void {
    const line = this.doc.lines[i];
    const lineNo = i + 1;
    const cells = line.split("\t");

    if (this.doc.isHeader[i]) {
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
      sop.startSections();
      sop.sections.feed(line, lineNo);
      return;
    }
    if (isPageNoise(line)) return;
    if (isCaption(this.doc, i)) {
      this.caption = cleanText(line);
      return;
    }
    if (sop.phase === "identity") this.identityText(sop, cells, i);
    else if (sop.phase === "sections") {
      if (!sop.sections.feed(line, lineNo)) sop.warn(lineNo, `Baris tidak dikenali: "${short(line)}"`);
    } else this.tableBody(sop, cells, i);
  }

  /** Unlabelled text inside the identity block: a shifted title or approver name. */
  private identityText(sop: SopBuilder, cells: string[], i: number): void {
    const lineNo = i + 1;
    const filled = cells.filter((c) => cleanText(c) !== "");
    if (sop.identity.expectTitle && filled.length === 1 && !isOrgLine(filled[0])) {
      sop.identity.takeTitle(filled[0], lineNo);
    } else if (filled.length === 1 && !sop.identity.approverNip && (hasNip(filled[0]) || nextIsNip(this.doc, i))) {
      sop.identity.appendApprover(filled[0], lineNo);
    } else {
      sop.warn(lineNo, `Baris tidak dikenali di bagian identitas: "${short(this.doc.lines[i])}"`);
    }
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
    if (layout && cells.length >= 2 && second !== "" && (first === "" || /^\d/.test(first))) {
      if (!others && sameTitle(second, nama)) return; // table title row repeating the SOP name
      if (!others && first === "") {
        sop.warn(lineNo, `Baris tanpa nomor dan tanpa kolom lain dianggap sub-judul tabel: "${short(second)}"`);
        return;
      }
      sop.table.add(parseRow(cells, layout, lineNo), lineNo);
      return;
    }
    if (first !== "" && second === "" && !others && sameTitle(first, nama)) return;
    sop.warn(lineNo, `Baris tidak dikenali di tabel prosedur: "${short(line)}"`);
  }
}

function parseText(text: string, options: ParseOptions): ParseResult {
  const parser = new DocumentParser(prepareLines(text));
  parser.run();
  const warnings = [...parser.warnings];
  if (parser.sops.length === 0) {
    const name = options.fileName ? ` ${options.fileName}` : "";
    warnings.push({ line: 1, message: `Tidak ditemukan SOP AP (label "Nomor SOP" atau "Nama/Judul SOP") dalam berkas${name}` });
  }
  return { sops: parser.sops, warnings };
}

/** Parses every SOP AP in a converted document. Never throws. */
export function parseSopDocument(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseText(typeof text === "string" ? text : String(text ?? ""), options ?? {});
  } catch (error) {
    return { sops: [], warnings: [{ line: 1, message: `Kesalahan internal saat membaca dokumen: ${errorText(error)}` }] };
  }
}
