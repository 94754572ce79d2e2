// Notulen Rapat Tinjauan Manajemen with its RTL as a PDF document, on the shared lib/pdf frame.
import { REVIEW_STATUS_LABELS } from "@/lib/management-reviews/constants";
import { ACTION_COLUMNS, actionRows, attendanceLine, DECISION_COLUMNS, decisionRows } from "@/lib/management-reviews/minutes-format";
import type { ReviewDetail } from "@/lib/management-reviews/types";
import { PdfFrame, PdfSection, PdfSignatures, PdfTable, PdfText } from "@/lib/pdf/frame";
import { formatCalendarDate, formatDateTime } from "@/lib/utils/format";

export function MinutesPdf({ review: r, headerLines, printedAt }: { review: ReviewDetail; headerLines: string[]; printedAt: Date }) {
  return (
    <PdfFrame
      header={{ lines: headerLines, agencyName: r.agency.name }}
      title="NOTULEN RAPAT TINJAUAN MANAJEMEN"
      subtitle={`${r.number} · ${r.title}`}
      footer={`${r.number} · ${REVIEW_STATUS_LABELS[r.status]} · draf ${r.draftNo} · dicetak ${formatDateTime(printedAt)}`}
    >
      <PdfSection title="1. Rapat">
        <PdfText>{`Waktu: ${formatDateTime(r.meetingAt)} WITA · Tempat: ${r.place}`}</PdfText>
        <PdfText>{`Periode ditinjau: ${formatCalendarDate(r.periodFrom)} – ${formatCalendarDate(r.periodTo)}`}</PdfText>
        <PdfText>{`Pimpinan rapat: ${r.chair.name} · Notulis: ${r.notulis.name}`}</PdfText>
        <PdfText>{`Hadir: ${attendanceLine(r)}`}</PdfText>
      </PdfSection>
      <PdfSection title="2. Notulen per agenda">
        {r.agenda.map((a, i) => (
          <PdfText key={a.position}>{`${i + 1}. ${a.title}: ${a.minutes ?? "-"}`}</PdfText>
        ))}
      </PdfSection>
      <PdfSection title="3. Keputusan (keluaran ISO 9001:2015 9.3.3)">
        <PdfTable columns={DECISION_COLUMNS.map((label, i) => ({ label, width: [0.06, 0.64, 0.3][i]! }))} rows={decisionRows(r)} />
      </PdfSection>
      <PdfSection title="4. Rencana tindak lanjut (RTL)">
        <PdfTable columns={ACTION_COLUMNS.map((label, i) => ({ label, width: [0.05, 0.35, 0.2, 0.12, 0.18, 0.1][i]! }))} rows={actionRows(r)} />
      </PdfSection>
      <PdfSignatures
        blocks={[
          { role: "Notulis", name: r.notulis.name, signedAt: null },
          { role: "Diparaf oleh", name: r.initialer.name, signedAt: r.initialedAt ? formatDateTime(r.initialedAt) : null },
          { role: "Ditandatangani oleh", name: r.chair.name, signedAt: r.signedAt ? formatDateTime(r.signedAt) : null },
        ]}
      />
    </PdfFrame>
  );
}
