// The Laporan Audit Internal as a page and as its print view (the same markup, print CSS hides
// the portal around it).
import type { ReactNode } from "react";
import { DescriptionList, Table, TBody, THead } from "@/components/ui";
import type { AuditReportView } from "@/lib/audits/checklist-types";
import { auditDates, FINDING_COLUMNS, findingCounts, findingRows, SUMMARY_COLUMNS, summaryRows, teamLines } from "@/lib/audits/report-format";
import { REPORT_STATUS_LABELS } from "@/lib/audits/report-workflow";
import { formatDateTime } from "@/lib/utils/format";
import styles from "./report.module.css";

function Paragraphs({ text, empty }: { text: string | null; empty: string }) {
  if (!text) return <p className="muted">{empty}</p>;
  return (
    <>
      {text.split(/\n+/).map((line, i) => (
        <p key={i} className={styles.paragraph}>
          {line}
        </p>
      ))}
    </>
  );
}

/** A numbered part of the report: its heading and content. */
function ReportSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={styles.section}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** A table of the report: the column headings, then the rows given. */
function ReportTable({ caption, columns, children }: { caption: string; columns: readonly string[]; children: ReactNode }) {
  return (
    <Table caption={caption}>
      <THead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </THead>
      <TBody>{children}</TBody>
    </Table>
  );
}

export function ReportView({ view }: { view: AuditReportView }) {
  const { audit, report } = view;
  const summary = summaryRows(view);
  return (
    <article className={styles.report} aria-label="Laporan Audit Internal">
      <header className={styles.letterhead}>
        {view.headerLines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p className={styles.agency}>{audit.agencyName.toUpperCase()}</p>
      </header>
      <h2 className={styles.title}>LAPORAN AUDIT INTERNAL</h2>
      <p className={styles.subtitle}>{`${audit.number} · ${audit.title}`}</p>

      <ReportSection title="1. Identitas audit">
        <DescriptionList
          items={[
            { term: "Nomor", description: audit.number },
            { term: "Tanggal", description: auditDates(view) },
            { term: "Tempat", description: audit.place ?? "-" },
            { term: "Status laporan", description: REPORT_STATUS_LABELS[report.status] },
          ]}
        />
      </ReportSection>
      <ReportSection title="2. Tujuan audit">
        <Paragraphs text={audit.objectives} empty="-" />
      </ReportSection>
      <ReportSection title="3. Ruang lingkup">
        <DescriptionList
          items={[
            { term: "Unit auditi", description: view.units.map((u) => (u.representative ? `${u.name} (wakil: ${u.representative})` : u.name)).join("; ") || "-" },
            { term: "SOP", description: view.sops.map((s) => (s.number ? `${s.number} ${s.title}` : s.title)).join("; ") || "-" },
            { term: "Klausul ISO 9001:2015", description: audit.clauses.join(", ") || "-" },
          ]}
        />
      </ReportSection>
      <ReportSection title="4. Kriteria audit">
        <Paragraphs text={audit.criteria} empty="-" />
      </ReportSection>
      <ReportSection title="5. Tim audit">
        <ul>
          {teamLines(view).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </ReportSection>
      <ReportSection title="6. Ringkasan hasil per unit dan klausul">
        <Paragraphs text={report.summary} empty="" />
        <ReportTable caption="Jumlah jawaban daftar periksa per unit dan klausul" columns={SUMMARY_COLUMNS}>
          {summary.rows.map((row, i) => (
            <tr key={i} className={summary.unitRows.has(i) ? styles.unitRow : undefined}>
              {row.map((cell, c) => (c === 0 ? <th key={c} scope="row">{cell}</th> : <td key={c}>{cell}</td>))}
            </tr>
          ))}
        </ReportTable>
      </ReportSection>
      <ReportSection title="7. Temuan">
        <p>{findingCounts(view).map((c) => `${c.label}: ${c.count}`).join(" · ")}</p>
        {view.findings.length > 0 && (
          <ReportTable caption="Temuan audit menurut kategori" columns={FINDING_COLUMNS}>
            {findingRows(view).map((row) => (
              <tr key={row[0]}>
                {row.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </ReportTable>
        )}
      </ReportSection>
      <ReportSection title="8. Kekuatan">
        <Paragraphs text={report.strengths} empty="Belum diisi." />
      </ReportSection>
      <ReportSection title="9. Kesimpulan">
        <Paragraphs text={report.conclusion} empty="Belum diisi." />
      </ReportSection>
      <ReportSection title="10. Persetujuan dan penerimaan">
        <ul>
          <li>{report.approvedBy ? `Disetujui ketua tim audit: ${report.approvedBy}, ${formatDateTime(report.approvedAt as Date)}` : "Belum disetujui ketua tim audit."}</li>
          {view.units.map((u) => {
            const ack = view.acknowledgments.find((a) => a.unitId === u.id);
            return (
              <li key={u.id}>
                {ack ? `Diterima auditi ${u.name}: ${ack.userName}, ${formatDateTime(ack.acknowledgedAt)}${ack.note ? ` (${ack.note})` : ""}` : `Belum dinyatakan diterima oleh ${u.name}.`}
              </li>
            );
          })}
          <li>{report.receivedBy ? `Diterima pimpinan: ${report.receivedBy}, ${formatDateTime(report.receivedAt as Date)}` : "Belum diterima pimpinan."}</li>
        </ul>
      </ReportSection>
    </article>
  );
}
