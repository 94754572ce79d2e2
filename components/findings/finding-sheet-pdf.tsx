// The "Lembar Ketidaksesuaian dan Tindakan Perbaikan" as a PDF document, composed from the shared
// lib/pdf frame: the finding in PLOR form, the auditee's response, and every corrective-action round
// (correction, root causes, actions, verification).
import { CA_STATUS_LABELS, FISHBONE_LABELS, ITEM_STATUS_LABELS } from "@/lib/corrective-actions/constants";
import type { CaRoundView } from "@/lib/corrective-actions/types";
import { FINDING_CATEGORY_LABELS, FINDING_SOURCE_LABELS, FINDING_STATUS_LABELS } from "@/lib/findings/constants";
import type { FindingDetail } from "@/lib/findings/types";
import { PdfFrame, PdfSection, PdfSignatures, PdfTable, PdfText } from "@/lib/pdf/frame";
import { formatDate, formatDateTime } from "@/lib/utils/format";

function responseOf(f: FindingDetail): string {
  if (f.acceptedAt) return `Diterima ${formatDate(f.acceptedAt)}`;
  if (f.disputedAt) return `Disanggah ${formatDate(f.disputedAt)}: ${f.disputeReason ?? ""}`;
  return "Belum ditanggapi";
}

function RoundPdf({ r }: { r: CaRoundView }) {
  return (
    <PdfSection title={`Tindakan perbaikan putaran ${r.round} · ${CA_STATUS_LABELS[r.status]} · tenggat ${formatDate(r.dueDate)}`}>
      <PdfText bold>Koreksi</PdfText>
      <PdfText>{r.correction ?? "-"}</PdfText>
      <PdfText bold>Analisis akar masalah</PdfText>
      {r.whys.length > 0 && <PdfText>{r.whys.map((w, i) => `Mengapa ${i + 1}: ${w}`).join("\n")}</PdfText>}
      <PdfText>{r.causes.map((c) => `${c.category ? `[${FISHBONE_LABELS[c.category]}] ` : ""}${c.description}`).join("\n") || "-"}</PdfText>
      <PdfTable
        columns={[{ label: "Tindakan", width: 0.4 }, { label: "PIC", width: 0.2 }, { label: "Tenggat", width: 0.15 }, { label: "Status / pelaksanaan", width: 0.25 }]}
        rows={r.items.map((i) => [i.description, i.picName, formatDate(i.dueDate), `${ITEM_STATUS_LABELS[i.status]}${i.implementationNote ? `: ${i.implementationNote}` : ""}`])}
        empty="Belum ada tindakan."
      />
      <PdfText bold>Verifikasi</PdfText>
      <PdfText>
        {r.verifiedAt
          ? `${r.status === "DITUTUP" ? "Efektif" : "Tidak efektif"}, ${formatDate(r.verifiedAt)} oleh ${r.verifiedBy ?? "-"}${r.verificationNote ? `: ${r.verificationNote}` : ""}`
          : "Belum diverifikasi"}
      </PdfText>
    </PdfSection>
  );
}

export function FindingSheetPdf({ finding: f, rounds, headerLines, printedAt }: { finding: FindingDetail; rounds: CaRoundView[]; headerLines: string[]; printedAt: Date }) {
  const rows: string[][] = [
    ["Sumber", `${FINDING_SOURCE_LABELS[f.source]}${f.auditNumber ? ` · ${f.auditNumber}` : ""}`],
    ["Unit auditi", f.unitName],
    ["Tanggal", formatDate(f.raisedAt)],
    ["Kategori", FINDING_CATEGORY_LABELS[f.category]],
    ["Status", FINDING_STATUS_LABELS[f.status]],
    ["Pernyataan ketidaksesuaian (P)", f.statement],
    ["Lokasi (L)", `${f.location ?? "-"}${f.sopTitle ? `\nSOP: ${f.sopNumber ? `${f.sopNumber} ` : ""}${f.sopTitle}${f.sopStepNo ? `, langkah ${f.sopStepNo}` : ""}` : ""}`],
    ["Bukti objektif (O)", f.evidence],
    ["Referensi (R)", `${f.clauseCode ? `ISO 9001:2015 klausul ${f.clauseCode}${f.clauseTitle ? ` ${f.clauseTitle}` : ""}` : "-"}${f.reference ? `\n${f.reference}` : ""}`],
    ["Tanggapan auditi", responseOf(f)],
    ...(f.decisionNote ? [["Keputusan", f.decisionNote]] : []),
    ["Batas waktu", f.dueDate ? formatDate(f.dueDate) : "-"],
  ];
  const last = rounds[0];
  return (
    <PdfFrame
      header={{ lines: headerLines, agencyName: f.agencyName }}
      title="LEMBAR KETIDAKSESUAIAN DAN TINDAKAN PERBAIKAN"
      subtitle={`Nomor: ${f.number}`}
      footer={`${f.number} · dicetak ${formatDateTime(printedAt)}`}
    >
      <PdfSection title="Temuan (PLOR)">
        <PdfTable columns={[{ label: "Butir", width: 0.3 }, { label: "Isi", width: 0.7 }]} rows={rows} />
      </PdfSection>
      {rounds.length === 0 ? (
        <PdfSection title="Tindakan perbaikan">
          <PdfText>{f.category === "OBSERVASI" ? "Observasi: tidak memerlukan tindakan perbaikan." : "Belum ada tindakan perbaikan."}</PdfText>
        </PdfSection>
      ) : (
        [...rounds].reverse().map((r) => <RoundPdf key={r.id} r={r} />)
      )}
      <PdfSignatures
        blocks={[
          { role: "Auditor / pencatat", name: f.raisedByName, signedAt: null },
          { role: "Auditi", name: null, signedAt: f.acceptedAt ? formatDate(f.acceptedAt) : null },
          { role: "Verifikator", name: last?.verifiedBy ?? null, signedAt: last?.verifiedAt ? formatDate(last.verifiedAt) : null },
        ]}
      />
    </PdfFrame>
  );
}
