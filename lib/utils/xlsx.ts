// A minimal XLSX (Office Open XML spreadsheet, ECMA-376) writer for exports: one sheet, a bold
// header row that stays in view and carries the filter buttons, text and number cells. Text is
// written inline (no shared-string table), which every spreadsheet app reads.
import { zip } from "./zip";

export type XlsxCell = string | number | null;

export interface XlsxSheet {
  /** Tab name (at most 31 characters, without : \ / ? * [ ]). */
  name: string;
  /** Header text and width (in characters) of each column. */
  columns: readonly { header: string; width: number }[];
  rows: readonly (readonly XlsxCell[])[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 cannot carry at all (control characters other than tab and line breaks).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(value: XlsxCell, ref: string, style: number): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null || value === "") return "";
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : "";
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(value)}</t></is></c>`;
}

function rowXml(cells: readonly XlsxCell[], rowNo: number, style: number): string {
  return `<row r="${rowNo}">${cells.map((v, i) => cellXml(v, `${columnName(i)}${rowNo}`, style)).join("")}</row>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const lastColumn = columnName(Math.max(0, sheet.columns.length - 1));
  const cols = sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join("");
  const header = rowXml(sheet.columns.map((c) => c.header), 1, 1);
  const body = sheet.rows.map((row, i) => rowXml(row, i + 2, 0)).join("");
  return (
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${header}${body}</sheetData>` +
    `<autoFilter ref="A1:${lastColumn}1"/>` +
    `</worksheet>`
  );
}

/** The workbook of one sheet as the bytes of an .xlsx file. */
export function writeXlsx(sheet: XlsxSheet, meta: { creator: string; created?: Date }): Uint8Array {
  const created = meta.created ?? new Date();
  const iso = `${created.toISOString().slice(0, 19)}Z`;
  const sheetName = escapeXml(sheet.name);
  const lastColumn = columnName(Math.max(0, sheet.columns.length - 1));
  return zip(
    [
      {
        name: "[Content_Types].xml",
        data:
          `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
          `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
          `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
          `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
          `</Types>`,
      },
      {
        name: "_rels/.rels",
        data:
          `${XML}<Relationships xmlns="${PKG_REL}">` +
          `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
          `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
          `</Relationships>`,
      },
      {
        name: "docProps/core.xml",
        data:
          `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
          `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
          `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
          `<dc:creator>${escapeXml(meta.creator)}</dc:creator>` +
          `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>` +
          `</cp:coreProperties>`,
      },
      {
        name: "xl/workbook.xml",
        data:
          `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
          `<sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets>` +
          // Excel keeps the filter range under this hidden name.
          `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${sheetName.replace(/'/g, "''")}'!$A$1:$${lastColumn}$1</definedName></definedNames>` +
          `</workbook>`,
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        data:
          `${XML}<Relationships xmlns="${PKG_REL}">` +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
          `</Relationships>`,
      },
      {
        name: "xl/styles.xml",
        // Style 0: plain; style 1: bold (the header row).
        data:
          `${XML}<styleSheet xmlns="${MAIN}">` +
          `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
          `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
          `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
          `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
          `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
          `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
          `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
          `</styleSheet>`,
      },
      { name: "xl/worksheets/sheet1.xml", data: sheetXml(sheet) },
    ],
    created,
  );
}
