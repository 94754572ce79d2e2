// The Laporan Audit Internal as a page and as its print view (the same markup, print CSS hides
// the portal around it).
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

      <section className={styles.section}>
        <h3>1. Identitas audit</h3>
        <DescriptionList
          items={[
            { term: "Nomor", description: audit.number },
            { term: "Tanggal", description: auditDates(view) },
            { term: "Tempat", description: audit.place ?? "-" },
            { term: "Status laporan", description: REPORT_STATUS_LABELS[report.status] },
          ]}
        />
      </section>
      <section className={styles.section}>
        <h3>2. Tujuan audit</h3>
        <Paragraphs text={audit.objectives} empty="-" />
      </section>
      <section className={styles.section}>
        <h3>3. Ruang lingkup</h3>
        <DescriptionList
          items={[
            { term: "Unit auditi", description: view.units.map((u) => (u.representative ? `${u.name} (wakil: ${u.representative})` : u.name)).join("; ") || "-" },
            { term: "SOP", description: view.sops.map((s) => (s.number ? `${s.number} ${s.title}` : s.title)).join("; ") || "-" },
            { term: "Klausul ISO 9001:2015", description: audit.clauses.join(", ") || "-" },
          ]}
        />
      </section>
      <section className={styles.section}>
        <h3>4. Kriteria audit</h3>
        <Paragraphs text={audit.criteria} empty="-" />
      </section>
      <section className={styles.section}>
        <h3>5. Tim audit</h3>
        <ul>
          {teamLines(view).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section className={styles.section}>
        <h3>6. Ringkasan hasil per unit dan klausul</h3>
        <Paragraphs text={report.summary} empty="" />
        <Table caption="Jumlah jawaban daftar periksa per unit dan klausul">
          <THead>
            <tr>
              {SUMMARY_COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </THead>
          <TBody>
            {summary.rows.map((row, i) => (
              <tr key={i} className={summary.unitRows.has(i) ? styles.unitRow : undefined}>
                {row.map((cell, c) => (c === 0 ? <th key={c} scope="row">{cell}</th> : <td key={c}>{cell}</td>))}
              </tr>
            ))}
          </TBody>
        </Table>
      </section>
      <section className={styles.section}>
        <h3>7. Temuan</h3>
        <p>{findingCounts(view).map((c) => `${c.label}: ${c.count}`).join(" · ")}</p>
        {view.findings.length > 0 && (
          <Table caption="Temuan audit menurut kategori">
            <THead>
              <tr>
                {FINDING_COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </THead>
            <TBody>
              {findingRows(view).map((row) => (
                <tr key={row[0]}>
                  {row.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>
      <section className={styles.section}>
        <h3>8. Kekuatan</h3>
        <Paragraphs text={report.strengths} empty="Belum diisi." />
      </section>
      <section className={styles.section}>
        <h3>9. Kesimpulan</h3>
        <Paragraphs text={report.conclusion} empty="Belum diisi." />
      </section>
      <section className={styles.section}>
        <h3>10. Persetujuan dan penerimaan</h3>
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
      </section>
    </article>
  );
}
