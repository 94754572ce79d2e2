// The portal's printed documents as real PDF files (@react-pdf/renderer: pure JS, no browser at run
// time, builtin Helvetica so nothing is downloaded): an A4 frame with the agency's header and page
// numbers, titled sections, tables and a signature block. Used by the Laporan Audit Internal and,
// after the merge, the findings' Lembar Ketidaksesuaian. Server only; no DOM React here.
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReactElement, ReactNode } from "react";

const styles = StyleSheet.create({
  page: { paddingTop: 36, paddingBottom: 48, paddingHorizontal: 40, fontFamily: "Helvetica", fontSize: 9.5, lineHeight: 1.35, color: "#172033" },
  header: { borderBottomWidth: 1.5, borderBottomColor: "#172033", paddingBottom: 6, marginBottom: 12, textAlign: "center" },
  headerLine: { fontSize: 10 },
  headerAgency: { fontSize: 13, fontFamily: "Helvetica-Bold" },
  title: { fontSize: 13, fontFamily: "Helvetica-Bold", textAlign: "center", marginBottom: 2 },
  subtitle: { fontSize: 10, textAlign: "center", marginBottom: 12 },
  section: { marginBottom: 10 },
  sectionTitle: { fontSize: 10.5, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  table: { borderWidth: 0.75, borderColor: "#56627a" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#b4bfcf" },
  headRow: { flexDirection: "row", backgroundColor: "#eef2f7", borderBottomWidth: 0.75, borderBottomColor: "#56627a" },
  cell: { padding: 3, borderRightWidth: 0.5, borderRightColor: "#b4bfcf" },
  headCell: { padding: 3, fontFamily: "Helvetica-Bold", borderRightWidth: 0.5, borderRightColor: "#b4bfcf" },
  signatures: { flexDirection: "row", flexWrap: "wrap", marginTop: 16 },
  signature: { width: "33%", paddingRight: 8, marginBottom: 12 },
  signatureSpace: { height: 36 },
  bold: { fontFamily: "Helvetica-Bold" },
  footer: { position: "absolute", bottom: 20, left: 40, right: 40, fontSize: 8, color: "#56627a", flexDirection: "row", justifyContent: "space-between" },
});

export interface PdfHeader {
  /** Lines above the agency's name, e.g. "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR". */
  lines: string[];
  agencyName: string;
}

export function PdfFrame({ header, title, subtitle, footer, children }: { header: PdfHeader; title: string; subtitle?: string; footer: string; children: ReactNode }) {
  return (
    <Document title={title} author={header.agencyName} creator="Portal Mutu" producer="Portal Mutu">
      <Page size="A4" style={styles.page} wrap>
        <View style={styles.header} fixed>
          {header.lines.map((line) => (
            <Text key={line} style={styles.headerLine}>
              {line}
            </Text>
          ))}
          <Text style={styles.headerAgency}>{header.agencyName.toUpperCase()}</Text>
        </View>
        <Text style={styles.title}>{title}</Text>
        {subtitle && <Text style={styles.subtitle}>{subtitle}</Text>}
        {children}
        <View style={styles.footer} fixed>
          <Text>{footer}</Text>
          <Text render={({ pageNumber, totalPages }) => `Halaman ${pageNumber} dari ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

export function PdfSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View style={styles.section}>
      <Text style={styles.sectionTitle}>{title}</Text>
      {children}
    </View>
  );
}

export function PdfText({ children, bold = false }: { children: ReactNode; bold?: boolean }) {
  return <Text style={bold ? styles.bold : undefined}>{children}</Text>;
}

export interface PdfColumn {
  label: string;
  /** Share of the table's width, e.g. 0.2. */
  width: number;
}

export function PdfTable({ columns, rows, empty = "Tidak ada data." }: { columns: PdfColumn[]; rows: string[][]; empty?: string }) {
  return (
    <View style={styles.table}>
      <View style={styles.headRow} fixed>
        {columns.map((c) => (
          <Text key={c.label} style={[styles.headCell, { width: `${c.width * 100}%` }]}>
            {c.label}
          </Text>
        ))}
      </View>
      {rows.length === 0 ? (
        <View style={styles.row}>
          <Text style={styles.cell}>{empty}</Text>
        </View>
      ) : (
        rows.map((row, r) => (
          <View key={r} style={styles.row} wrap={false}>
            {row.map((value, c) => (
              <Text key={c} style={[styles.cell, { width: `${(columns[c]?.width ?? 0) * 100}%` }]}>
                {value}
              </Text>
            ))}
          </View>
        ))
      )}
    </View>
  );
}

export interface PdfSignature {
  /** "Disetujui oleh", "Diterima oleh". */
  role: string;
  name: string | null;
  /** When it was signed in the portal, already formatted; null: not yet. */
  signedAt: string | null;
}

export function PdfSignatures({ blocks }: { blocks: PdfSignature[] }) {
  return (
    <View style={styles.signatures} wrap={false}>
      {blocks.map((b, i) => (
        <View key={i} style={styles.signature}>
          <Text>{b.role}</Text>
          <View style={styles.signatureSpace}>{b.signedAt && <Text>{`(disetujui di Portal Mutu, ${b.signedAt})`}</Text>}</View>
          <Text style={styles.bold}>{b.name ?? "...................................."}</Text>
        </View>
      ))}
    </View>
  );
}

export function renderPdf(document: ReactElement): Promise<Buffer> {
  return renderToBuffer(document as Parameters<typeof renderToBuffer>[0]);
}
