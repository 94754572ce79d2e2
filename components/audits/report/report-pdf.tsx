// The Laporan Audit Internal as a PDF document, composed from the shared lib/pdf frame.
import { PdfFrame, PdfSection, PdfSignatures, PdfTable, PdfText } from "@/lib/pdf/frame";
import type { AuditReportView } from "@/lib/audits/checklist-types";
import { auditDates, FINDING_COLUMNS, findingCounts, findingRows, SUMMARY_COLUMNS, summaryRows, teamLines } from "@/lib/audits/report-format";
import { REPORT_STATUS_LABELS } from "@/lib/audits/report-workflow";
import { formatDateTime } from "@/lib/utils/format";

export function ReportPdf({ view, printedAt }: { view: AuditReportView; printedAt: Date }) {
  const { audit, report } = view;
  const text = (value: string | null) => value ?? "-";
  return (
    <PdfFrame
      header={{ lines: view.headerLines, agencyName: audit.agencyName }}
      title="LAPORAN AUDIT INTERNAL"
      subtitle={`${audit.number} · ${audit.title}`}
      footer={`${audit.number} · ${REPORT_STATUS_LABELS[report.status]} · dicetak ${formatDateTime(printedAt)}`}
    >
      <PdfSection title="1. Identitas audit">
        <PdfText>{`Tanggal: ${auditDates(view)}`}</PdfText>
        <PdfText>{`Tempat: ${text(audit.place)}`}</PdfText>
      </PdfSection>
      <PdfSection title="2. Tujuan audit">
        <PdfText>{audit.objectives}</PdfText>
      </PdfSection>
      <PdfSection title="3. Ruang lingkup">
        <PdfText>{`Unit auditi: ${view.units.map((u) => (u.representative ? `${u.name} (wakil: ${u.representative})` : u.name)).join("; ") || "-"}`}</PdfText>
        <PdfText>{`SOP: ${view.sops.map((s) => (s.number ? `${s.number} ${s.title}` : s.title)).join("; ") || "-"}`}</PdfText>
        <PdfText>{`Klausul ISO 9001:2015: ${audit.clauses.join(", ") || "-"}`}</PdfText>
      </PdfSection>
      <PdfSection title="4. Kriteria audit">
        <PdfText>{audit.criteria}</PdfText>
      </PdfSection>
      <PdfSection title="5. Tim audit">
        {teamLines(view).map((line) => (
          <PdfText key={line}>{`• ${line}`}</PdfText>
        ))}
      </PdfSection>
      <PdfSection title="6. Ringkasan hasil per unit dan klausul">
        {report.summary && <PdfText>{report.summary}</PdfText>}
        <PdfTable columns={SUMMARY_COLUMNS.map((label, i) => ({ label, width: i === 0 ? 0.3 : 0.7 / (SUMMARY_COLUMNS.length - 1) }))} rows={summaryRows(view).rows} />
      </PdfSection>
      <PdfSection title="7. Temuan">
        <PdfText>{findingCounts(view).map((c) => `${c.label}: ${c.count}`).join(" · ")}</PdfText>
        {view.findings.length > 0 && (
          <PdfTable
            columns={FINDING_COLUMNS.map((label, i) => ({ label, width: [0.14, 0.12, 0.2, 0.09, 0.45][i] }))}
            rows={findingRows(view)}
          />
        )}
      </PdfSection>
      <PdfSection title="8. Kekuatan">
        <PdfText>{text(report.strengths)}</PdfText>
      </PdfSection>
      <PdfSection title="9. Kesimpulan">
        <PdfText>{text(report.conclusion)}</PdfText>
      </PdfSection>
      <PdfSignatures
        blocks={[
          { role: "Disetujui ketua tim audit", name: report.approvedBy, signedAt: report.approvedAt ? formatDateTime(report.approvedAt) : null },
          ...view.units.map((u) => {
            const ack = view.acknowledgments.find((a) => a.unitId === u.id);
            return { role: `Auditi ${u.name}`, name: ack?.userName ?? null, signedAt: ack ? formatDateTime(ack.acknowledgedAt) : null };
          }),
          { role: "Diterima pimpinan", name: report.receivedBy, signedAt: report.receivedAt ? formatDateTime(report.receivedAt) : null },
        ]}
      />
    </PdfFrame>
  );
}
