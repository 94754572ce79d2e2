import { FINDING_CATEGORIES, FINDING_CATEGORY_LABELS, FINDING_SOURCE_LABELS } from "@/lib/findings/constants";
import type { FindingDetail } from "@/lib/findings/types";
import { formatDate } from "@/lib/utils/format";
import styles from "./finding-sheet.module.css";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

/**
 * The "Lembar Ketidaksesuaian dan Tindakan Perbaikan" (seed 003 "Audit Internal" step 7) as a
 * printable A4 sheet: the finding in PLOR form, the auditee's response, the corrective-action
 * part to be filled in and the signatures.
 */
export function FindingSheet({ finding: f }: { finding: FindingDetail }) {
  const response = f.acceptedAt
    ? `Diterima ${formatDate(f.acceptedAt)}`
    : f.disputedAt
      ? `Disanggah ${formatDate(f.disputedAt)}: ${f.disputeReason ?? ""}`
      : "Belum ditanggapi";
  return (
    <article className={styles.sheet}>
      <header className={styles.header}>
        <p className={styles.agency}>{f.agencyName}</p>
        <h1 className={styles.title}>Lembar Ketidaksesuaian dan Tindakan Perbaikan</h1>
        <p>Nomor: {f.number}</p>
      </header>
      <table className={styles.table}>
        <tbody>
          <Row label="Sumber">{FINDING_SOURCE_LABELS[f.source]}{f.auditNumber ? ` · ${f.auditNumber}${f.auditTitle ? ` (${f.auditTitle})` : ""}` : ""}</Row>
          <Row label="Unit auditi">{f.unitName}</Row>
          <Row label="Tanggal">{formatDate(f.raisedAt)}</Row>
          <Row label="Kategori">
            {FINDING_CATEGORIES.map((c) => (
              <span key={c} className={styles.choice}>{c === f.category ? "☒" : "☐"} {FINDING_CATEGORY_LABELS[c]}</span>
            ))}
          </Row>
          <Row label="Pernyataan ketidaksesuaian (P)"><span className={styles.prewrap}>{f.statement}</span></Row>
          <Row label="Lokasi (L)">
            {f.location ?? "-"}
            {f.sopTitle && <div>SOP: {f.sopNumber ? `${f.sopNumber} ` : ""}{f.sopTitle}{f.sopStepNo ? `, langkah ${f.sopStepNo}` : ""}</div>}
          </Row>
          <Row label="Bukti objektif (O)"><span className={styles.prewrap}>{f.evidence}</span></Row>
          <Row label="Referensi (R)">
            {f.clauseCode ? `ISO 9001:2015 klausul ${f.clauseCode}${f.clauseTitle ? ` ${f.clauseTitle}` : ""}` : "-"}
            {f.reference && <div className={styles.prewrap}>{f.reference}</div>}
          </Row>
          <Row label="Tanggapan auditi">{response}</Row>
          {f.decisionNote && <Row label="Keputusan">{f.decisionNote}</Row>}
          <Row label="Batas waktu">{f.dueDate ? formatDate(f.dueDate) : "-"}</Row>
        </tbody>
      </table>
      <h2 className={styles.section}>Tindakan perbaikan (diisi auditi)</h2>
      <table className={styles.table}>
        <tbody>
          <Row label="Koreksi"><span className={styles.blank} /></Row>
          <Row label="Analisis akar masalah"><span className={styles.blank} /></Row>
          <Row label="Tindakan perbaikan"><span className={styles.blank} /></Row>
          <Row label="Target selesai"><span className={styles.blank} /></Row>
        </tbody>
      </table>
      <h2 className={styles.section}>Verifikasi (diisi auditor)</h2>
      <table className={styles.table}>
        <tbody>
          <Row label="Hasil verifikasi">☐ Efektif, temuan ditutup &nbsp; ☐ Tidak efektif, tindakan diulang</Row>
          <Row label="Tanggal verifikasi"><span className={styles.blank} /></Row>
        </tbody>
      </table>
      <div className={styles.signatures}>
        <div><p>Auditor / pencatat</p><p className={styles.signLine}>{f.raisedByName ?? ""}</p></div>
        <div><p>Auditi</p><p className={styles.signLine}>&nbsp;</p></div>
        <div><p>Verifikator</p><p className={styles.signLine}>&nbsp;</p></div>
      </div>
    </article>
  );
}
