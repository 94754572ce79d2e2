// Test helper: minimal .docx files (one document part, no styles) built with JSZip, and seed 003's
// "Sasaran Mutu" as the paragraphs and tables of a Word document.
import JSZip from "jszip";

// Seed 003, "Sasaran Mutu": the organisation lines as paragraphs, the header and the procedure as tables.
export const ORGANISATION = [
  "PEMERINTAH PROVINSI KALIMANTAN TIMUR",
  "DINAS PERINDUSTRIAN, PERDAGANGAN, KOPERASI DAN UKM",
  "UPTD BALAI PENGUJIAN DAN SERTIFIKASI MUTU BARANG",
  "SEKSI PENGEMBANGAN JASA PENGUJIAN, KALIBRASI DAN SERTIFIKASI MUTU BARANG",
];
export const HEADER = [
  ["Nomor SOP", "067392BPSMB/DP2KUKM"],
  ["Tanggal Pembuatan", "08 November 2023"],
  ["Tanggal Revisi", "04 Desember 2023"],
  ["Tanggal Efektif", "11 Desember 2023"],
  ["Disahkan oleh", "Kepala Dinas Heni Purwaningsih, S.Si., M.Si. NIP. 197303141998032009"],
  ["Nama SOP", "Sasaran Mutu"],
  ["Dasar Hukum", "Kualifikasi Pelaksana"],
  ["1 Undang - undang RI Nomor 20 Tahun 2014 Tentang Standardisasi dan Penilaian Kesesuaian", "1. Mampu mengoperasikan komputer"],
  ["Keterkaitan", "Peralatan / Perlengkapan"],
  ["SOP Kaji Ulang Manajemen", "Perangkat Komputer"],
  ["Peringatan", "Pencatatan dan Pendataan"],
  ["Sasaran Mutu dilaksanakan untuk menentukan pencapaian target kinerja", "Disimpan sebagai bahan informasi penting dalam bentuk hardcopy dan softcopy"],
];
export const PROCEDURE = [
  ["NO", "Uraian Kegiatan", "Pelaksana", "", "", "Mutu Baku", "", "", "KETERANGAN"],
  ["", "", "Para Manajer dan Personal Terkait", "Seksi PJKSMB", "Para Manajer", "Kelengkapan", "Waktu (menit)", "Output", ""],
  ["1", "2", "3", "4", "5", "6", "7", "8", ""],
  ["", "Sasaran Mutu", "", "", "", "", "", "", ""],
  ["1", "Menetapkan tujuan sasaran mutu", "", "", "", "Alat tulis kantor dan perangkat komputer", "60", "Rekaman", ""],
  ["2", "Menetapkan uraian sasaran mutu, acuan target kinerja dan target waktu pencapaian", "", "", "", "Alat tulis kantor dan perangkat komputer", "60", "Rekaman", ""],
  ["3", "Melakukan kaji ulang manajemen", "", "", "", "Alat tulis kantor dan perangkat komputer", "120", "Rekaman", ""],
  ["4", "Membuat laporan", "", "", "", "Alat tulis kantor dan perangkat komputer", "30", "Laporan", ""],
  ["5", "Mendistribusikan laporan", "", "", "", "Alat tulis kantor", "10", "Laporan", ""],
];

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const paragraph = (text: string) => (text ? `<w:p><w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>` : "<w:p/>");
export const table = (rows: string[][]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows
    .map((cells) => `<w:tr>${cells.map((c) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${paragraph(c)}</w:tc>`).join("")}</w:tr>`)
    .join("")}</w:tbl>`;

/** A cell spec: text, or merge directives as Word writes them. */
export type MergedCell = string | { text?: string; gridSpan?: number; vMerge?: "restart" | "continue" };
export const mergedTable = (rows: MergedCell[][]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows
    .map(
      (cells) =>
        `<w:tr>${cells
          .map((c) => {
            const cell = typeof c === "string" ? { text: c } : c;
            const props = [
              cell.gridSpan ? `<w:gridSpan w:val="${cell.gridSpan}"/>` : "",
              cell.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : cell.vMerge === "continue" ? "<w:vMerge/>" : "",
            ].join("");
            return `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>${props}</w:tcPr>${paragraph(cell.text ?? "")}</w:tc>`;
          })
          .join("")}</w:tr>`,
    )
    .join("")}</w:tbl>`;

export async function buildDocx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}
