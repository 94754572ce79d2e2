import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { docxToText, inTurn, MAX_WAITING } from "./docx";
import { htmlToLines as linesOrNull, MAX_COLUMNS } from "./docx-lines.cjs";
import { parseSopDocument } from "./import";
import { buildDocx, HEADER, mergedTable, ORGANISATION, paragraph, PROCEDURE, table, type MergedCell } from "./__docx__/build-docx";

const htmlToLines = (html: string) => linesOrNull(html) ?? "(terlalu panjang)";

describe("htmlToLines", () => {
  it("gives one line per paragraph, heading and list item", () => {
    const html =
      "<h1>STANDAR OPERASIONAL PROSEDUR</h1><p>PEMERINTAH PROVINSI <strong>KALIMANTAN TIMUR</strong></p>" +
      "<p></p><ol><li>Undang-undang Nomor 20 Tahun 2014</li><li>Undang-undang Nomor 23 Tahun 2014</li></ol>";
    expect(htmlToLines(html)).toBe(
      ["STANDAR OPERASIONAL PROSEDUR", "PEMERINTAH PROVINSI KALIMANTAN TIMUR", "Undang-undang Nomor 20 Tahun 2014", "Undang-undang Nomor 23 Tahun 2014"].join("\n"),
    );
  });

  it("turns table rows into tab-separated lines, keeping empty cells", () => {
    const html =
      "<p>Sebelum tabel</p><table><tr><th><p>NO</p></th><th><p>Uraian Kegiatan</p></th><th></th></tr>" +
      "<tr><td><p>1</p></td><td><p>Menetapkan tujuan sasaran mutu</p></td><td></td></tr></table><p>Sesudah tabel</p>";
    expect(htmlToLines(html).split("\n")).toEqual(["Sebelum tabel", "NO\tUraian Kegiatan\t", "1\tMenetapkan tujuan sasaran mutu\t", "Sesudah tabel"]);
  });

  // Word tables often hold several paragraphs per cell.
  it("separates the paragraphs of one table cell with a space", () => {
    const html = "<table><tr><td><p>1</p></td><td><p>Menetapkan tujuan</p><p>sasaran mutu</p></td></tr></table>";
    expect(htmlToLines(html)).toBe("1\tMenetapkan tujuan sasaran mutu");
  });

  // Mammoth writes Word's merged cells (w:gridSpan, w:vMerge) as colspan and rowspan.
  it("expands merged cells to the table's grid: text in the first cell, empty cells after and below", () => {
    const html =
      '<table><tr><td rowspan="2"><p>No</p></td><td rowspan="2"><p>Kegiatan</p></td><td colspan="2"><p>Pelaksana</p></td><td rowspan="2"><p>Waktu</p></td></tr>' +
      "<tr><td><p>Kepala</p></td><td><p>Staf</p></td></tr>" +
      '<tr><td><p>1</p></td><td colspan="2"><p>Menerima</p></td><td></td><td><p>5 menit</p></td></tr></table>';
    expect(htmlToLines(html).split("\n")).toEqual(["No\tKegiatan\tPelaksana\t\tWaktu", "\t\tKepala\tStaf\t", "1\tMenerima\t\t\t5 menit"]);
  });

  it("keeps a cell merged down at the end of a row in its column", () => {
    const html = '<table><tr><td><p>A</p></td><td rowspan="3"><p>Catatan</p></td></tr><tr><td><p>B</p></td></tr><tr><td><p>C</p></td></tr></table>';
    expect(htmlToLines(html).split("\n")).toEqual(["A\tCatatan", "B\t", "C\t"]);
  });

  // A cell spanning 100 columns and merged down used to copy the covered-column map per added
  // cell: quadratic, 15 s for a 1.3 KB document.
  it("caps a table at MAX_COLUMNS grid columns, dropping cells beyond", () => {
    const row = (text: string, extra = "") => `<td colspan="100"${extra}><p>${text}</p></td>`.repeat(3);
    const html = `<table><tr>${row("x", ' rowspan="5000"')}</tr>${"<tr><td><p>y</p></td></tr>".repeat(3)}</table>`;
    const lines = htmlToLines(html).split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0].split("\t")).toEqual(["x", ...Array(MAX_COLUMNS - 1).fill("")]);
    // The covered columns are skipped; "y" lands beyond the grid and is dropped.
    expect(lines[1].split("\t")).toEqual(Array(MAX_COLUMNS).fill(""));
  });

  it("stops when the text would exceed the limit", () => {
    expect(linesOrNull("<p>abcdef</p><p>ghijkl</p>", 10)).toBeNull();
    expect(linesOrNull("<p>abcd</p><p>efgh</p>", 9)).toBe("abcd\nefgh");
  });

  it("decodes entities and line breaks", () => {
    expect(htmlToLines("<p>Alat &amp; bahan<br />kantor &lt;ATK&gt; &quot;A&quot; &#39;B&#39;&nbsp;C</p>")).toBe(`Alat & bahan kantor <ATK> "A" 'B' C`);
  });
});

describe("docxToText", () => {
  it("reads a Word document holding an SOP AP into text the parser understands", async () => {
    const body = [...ORGANISATION.map(paragraph), paragraph(""), table(HEADER), paragraph(""), table(PROCEDURE)].join("");
    const text = await docxToText(await buildDocx(body));
    const lines = text.split("\n");
    expect(lines).toContain("Nomor SOP\t067392BPSMB/DP2KUKM");
    expect(lines).toContain("1\tMenetapkan tujuan sasaran mutu\t\t\t\tAlat tulis kantor dan perangkat komputer\t60\tRekaman\t");

    const { sops } = parseSopDocument(text, { fileName: "sasaran-mutu.docx" });
    expect(sops).toHaveLength(1);
    const [sop] = sops;
    expect(sop.nama).toBe("Sasaran Mutu");
    expect(sop.nomor).toBe("067392BPSMB/DP2KUKM");
    expect(sop.steps).toHaveLength(5);
    expect(sop.steps[2]).toMatchObject({ activity: "Melakukan kaji ulang manajemen", waktu_minutes: 120 });
    expect(sop.actors).toEqual(["Para Manajer dan Personal Terkait", "Seksi PJKSMB", "Para Manajer"]);
    expect(sop.total_minutes).toBe(280);
  });

  // The usual SOP AP header: "Pelaksana" and "Mutu Baku" merged across their columns, No, Uraian
  // Kegiatan and Keterangan merged down over both header rows.
  it("reads the actors under a merged Pelaksana header cell", async () => {
    const down = (text: string): MergedCell => ({ text, vMerge: "restart" });
    const below: MergedCell = { vMerge: "continue" };
    const header: MergedCell[][] = [
      [down("NO"), down("Uraian Kegiatan"), { text: "Pelaksana", gridSpan: 3 }, { text: "Mutu Baku", gridSpan: 3 }, down("KETERANGAN")],
      [below, below, "Para Manajer dan Personal Terkait", "Seksi PJKSMB", "Para Manajer", "Kelengkapan", "Waktu (menit)", "Output", below],
    ];
    const body = [...ORGANISATION.map(paragraph), paragraph(""), table(HEADER), paragraph(""), mergedTable([...header, ...PROCEDURE.slice(2)])].join("");
    const text = await docxToText(await buildDocx(body));
    const lines = text.split("\n");
    expect(lines).toContain("NO\tUraian Kegiatan\tPelaksana\t\t\tMutu Baku\t\t\tKETERANGAN");
    expect(lines).toContain("\t\tPara Manajer dan Personal Terkait\tSeksi PJKSMB\tPara Manajer\tKelengkapan\tWaktu (menit)\tOutput\t");

    const [sop] = parseSopDocument(text, { fileName: "sasaran-mutu.docx" }).sops;
    expect(sop.actors).toEqual(["Para Manajer dan Personal Terkait", "Seksi PJKSMB", "Para Manajer"]);
    expect(sop.steps).toHaveLength(5);
    expect(sop.steps.map((s) => s.waktu_minutes)).toEqual([60, 60, 120, 30, 10]);
    expect(sop.steps[4]).toMatchObject({ activity: "Mendistribusikan laporan", output: "Laporan" });
  });

  it("refuses a file that is not a Word document", async () => {
    await expect(docxToText(new TextEncoder().encode("bukan dokumen word"))).rejects.toThrow(
      "Berkas .docx tidak dapat dibaca (rusak atau bukan dokumen Word).",
    );
  });
});

describe("docxToText limits", () => {
  it("refuses a document whose directory declares more than the inflated limit, before unzipping", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "A".repeat(64 * 1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    await expect(docxToText(bytes, { inflatedBytes: 1024, timeoutMs: 10_000 })).rejects.toThrow(/terlalu besar/);
  });

  it("stops reading a document that takes longer than the time limit", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(docxToText(bytes, { inflatedBytes: 1024 * 1024, timeoutMs: 1 })).rejects.toThrow(/batas waktu/);
  });

  it("reads a small document with wide merged cells quickly, off the request thread", async () => {
    const cell = (text: string, restart: boolean) => ({ text, gridSpan: 100, vMerge: restart ? ("restart" as const) : ("continue" as const) });
    const rows = [Array.from({ length: 20 }, () => cell("x", true)), ...Array.from({ length: 200 }, () => Array.from({ length: 20 }, () => cell("", false)))];
    const text = await docxToText(await buildDocx(mergedTable(rows)));
    const lines = text.split("\n");
    expect(lines[0].split("\t")).toHaveLength(MAX_COLUMNS);
    expect(lines[0].startsWith("x\t")).toBe(true);
  }, 10_000);

  it("refuses a job when too many already wait their turn", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const jobs = Array.from({ length: 2 + MAX_WAITING }, () => inTurn(() => gate));
    await expect(inTurn(async () => "dibaca")).rejects.toThrow("Server sedang sibuk membaca berkas lain; coba lagi sebentar lagi.");
    release();
    await Promise.all(jobs);
    await expect(inTurn(async () => "dibaca")).resolves.toBe("dibaca");
  });

  it("refuses what is not a zip", async () => {
    await expect(docxToText(new TextEncoder().encode("bukan zip"))).rejects.toThrow(/tidak dapat dibaca/);
  });
});
