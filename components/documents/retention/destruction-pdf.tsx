// Berita Acara Pemusnahan Arsip as a PDF document, on the shared lib/pdf frame.
import { DOCUMENT_TYPE_LABELS, DESTRUCTION_STATUS_LABELS } from "@/lib/documents/constants";
import type { DestructionDetail } from "@/lib/documents/destruction-data";
import { methodLabel } from "@/lib/documents/destruction-rules";
import { PdfFrame, PdfSection, PdfSignatures, PdfTable, PdfText } from "@/lib/pdf/frame";
import { formatCalendarDate, formatDateTime } from "@/lib/utils/format";

export function DestructionPdf({ ba, headerLines, printedAt }: { ba: DestructionDetail; headerLines: string[]; printedAt: Date }) {
  const executed = ba.status === "DILAKSANAKAN";
  return (
    <PdfFrame
      header={{ lines: headerLines, agencyName: ba.agency.name }}
      title="BERITA ACARA PEMUSNAHAN ARSIP"
      subtitle={`Nomor ${ba.number}`}
      footer={`${ba.number} · ${DESTRUCTION_STATUS_LABELS[ba.status]} · dicetak ${formatDateTime(printedAt)}`}
    >
      <PdfSection title="1. Pelaksanaan">
        {executed ? (
          <>
            <PdfText>{`Pada tanggal ${formatCalendarDate(ba.destroyedOn)} bertempat di ${ba.place ?? "-"}, telah dilaksanakan pemusnahan arsip ${ba.agency.name} yang masa retensinya telah berakhir dan berketerangan musnah, sebagaimana tercantum dalam daftar di bawah ini.`}</PdfText>
            <PdfText>{`Cara pemusnahan: ${methodLabel(ba.method)}.`}</PdfText>
          </>
        ) : (
          <PdfText>{`Usulan pemusnahan berstatus ${DESTRUCTION_STATUS_LABELS[ba.status]}; belum dilaksanakan.`}</PdfText>
        )}
        <PdfText>{`Disetujui oleh: ${ba.approvedBy ?? "-"}${ba.approvedAt ? ` pada ${formatDateTime(ba.approvedAt)}` : ""}.`}</PdfText>
        {ba.note ? <PdfText>{`Catatan: ${ba.note}`}</PdfText> : null}
      </PdfSection>
      <PdfSection title="2. Daftar arsip yang dimusnahkan">
        <PdfTable
          columns={[
            { label: "No", width: 0.06 }, { label: "Kode", width: 0.2 }, { label: "Judul", width: 0.36 },
            { label: "Jenis", width: 0.14 }, { label: "Unit pemilik", width: 0.14 }, { label: "Retensi berakhir", width: 0.1 },
          ]}
          rows={ba.documents.map((d, i) => [String(i + 1), d.code, d.title, DOCUMENT_TYPE_LABELS[d.type], d.unitName, formatCalendarDate(d.retentionEndsAt)])}
        />
      </PdfSection>
      <PdfSection title="3. Saksi">
        <PdfTable
          columns={[{ label: "No", width: 0.06 }, { label: "Nama", width: 0.38 }, { label: "NIP", width: 0.24 }, { label: "Jabatan", width: 0.32 }]}
          rows={ba.witnesses.map((w, i) => [String(i + 1), w.name, w.nip ?? "-", w.position])}
          empty="Belum dicatat."
        />
      </PdfSection>
      <PdfSignatures
        blocks={[
          { role: "Pelaksana pemusnahan", name: ba.executedBy, signedAt: ba.executedAt ? formatDateTime(ba.executedAt) : null },
          ...ba.witnesses.map((w, i) => ({ role: `Saksi ${i + 1}`, name: w.name, signedAt: null })),
          { role: "Mengetahui/menyetujui", name: ba.approvedBy, signedAt: ba.approvedAt ? formatDateTime(ba.approvedAt) : null },
        ]}
      />
    </PdfFrame>
  );
}
