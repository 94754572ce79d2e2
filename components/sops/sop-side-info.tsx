import Link from "next/link";
import { Badge, Card, DescriptionList } from "@/components/ui";
import type { SopDetail, SopRevisionSummary } from "@/lib/sops/types";
import { formatDate, formatDateTime } from "@/lib/utils/format";
import styles from "./sop-side-info.module.css";
import { formatNumber } from "@/lib/utils/number";


/**
 * Where a revision came from: "Impor berkas X" or "Suntingan: alasan". The file name reaches only
 * those who manage the SOP (`getSop` blanks it for readers).
 */
export function revisionSourceText(revision: Pick<SopRevisionSummary, "source" | "sourceName" | "reason">): string {
  if (revision.source === "edit") return revision.reason ? `Suntingan: ${revision.reason}` : "Suntingan";
  const base = revision.sourceName ? `Impor berkas ${revision.sourceName}` : "Impor dokumen SOP";
  return revision.reason ? `${base} (${revision.reason})` : base;
}

/**
 * When the revision entered the portal. Not the SOP's own "Tanggal Revisi" (that is in the
 * identity table): an import is "Diimpor ke portal", an approved edit "Mulai berlaku di portal".
 */
export function revisionTimeLabel(source: string): string {
  return source === "edit" ? "Mulai berlaku di portal" : "Diimpor ke portal";
}

/** Unit, revision shown and the importer's notes on it. */
export function SopRevisionInfo({ sop }: { sop: SopDetail }) {
  const { revision } = sop;
  const isCurrent = revision.revisionNo === sop.currentRevisionNo;
  const warnings = [...revision.warnings].sort((a, b) => a.line - b.line);
  return (
    <Card title="Informasi SOP">
      <div className="stack">
        <DescriptionList
          className={styles.compactList}
          items={[
            { term: "Unit", description: sop.unit.name },
            { term: "Perangkat Daerah", description: sop.agency.name },
            {
              term: "Revisi",
              description: (
                <span className="row">
                  <span>Revisi {revision.revisionNo}</span>
                  {isCurrent ? <Badge tone="success">berlaku</Badge> : <Badge tone="warning">tidak berlaku</Badge>}
                  {!sop.active && <Badge tone="danger">SOP tidak aktif</Badge>}
                </span>
              ),
            },
            { term: revisionTimeLabel(revision.source), description: formatDateTime(revision.createdAt) },
            { term: "Oleh", description: revision.createdBy },
            { term: "Sumber", description: revisionSourceText(revision) },
            ...(sop.document
              ? [
                  {
                    term: "Dokumen terkendali",
                    description: <Link href={`/documents/${encodeURIComponent(sop.document.id)}`}>{sop.document.code}</Link>,
                  },
                  { term: "Kaji ulang berikutnya", description: sop.document.nextReviewAt ? formatDate(sop.document.nextReviewAt) : "–" },
                ]
              : []),
          ]}
        />
        {warnings.length > 0 ? (
          <details className={styles.details}>
            <summary>{formatNumber(warnings.length)} catatan impor</summary>
            <ul className={styles.warningList}>
              {warnings.map((w, i) => (
                <li key={i}>
                  <span className="mono nowrap">baris {w.line}</span>: {w.message}
                </li>
              ))}
            </ul>
          </details>
        ) : (
          <p className="muted text-sm">Tidak ada catatan impor pada revisi ini.</p>
        )}
      </div>
    </Card>
  );
}

/** How many referring SOPs show before the rest fold away. */
const REFERENCES_SHOWN = 6;

/** SOPs whose Keterkaitan names this one. */
export function SopReferencedBy({ sop }: { sop: SopDetail }) {
  const item = (ref: SopDetail["referencedBy"][number]) => (
    <li key={ref.id}>
      <Link href={`/sops/${ref.id}`}>{ref.title}</Link>
      {ref.unitName !== sop.unit.name && <span className="muted text-sm"> ({ref.unitName})</span>}
    </li>
  );
  const shown = sop.referencedBy.slice(0, REFERENCES_SHOWN);
  const rest = sop.referencedBy.slice(REFERENCES_SHOWN);
  return (
    <Card title={sop.referencedBy.length > 0 ? `Dirujuk oleh (${formatNumber(sop.referencedBy.length)})` : "Dirujuk oleh"}>
      {sop.referencedBy.length === 0 ? (
        <p className="muted text-sm">Belum ada SOP lain yang mencantumkan SOP ini pada Keterkaitan.</p>
      ) : (
        <div className="stack-sm">
          <ul className={styles.plainList}>{shown.map(item)}</ul>
          {rest.length > 0 && (
            <details className={styles.more}>
              <summary>Tampilkan {formatNumber(rest.length)} SOP lainnya</summary>
              <ul className={styles.plainList}>{rest.map(item)}</ul>
            </details>
          )}
        </div>
      )}
    </Card>
  );
}

export interface RelatedObjective {
  id: string;
  code: string;
  year: number;
  statement: string;
}

/** Records of the other QMS modules that refer to this SOP (audits, findings and documents follow). */
export function SopRelatedRecords({ objectives }: { objectives: RelatedObjective[] }) {
  return (
    <Card title="Catatan terkait">
      <div className="stack-sm">
        <h3 className="text-sm">Sasaran mutu</h3>
        {objectives.length === 0 ? (
          <p className="muted text-sm">Belum ada sasaran mutu yang terkait SOP ini.</p>
        ) : (
          <ul className={`${styles.plainList} text-sm`} aria-label="Sasaran mutu terkait">
            {objectives.map((o) => (
              <li key={o.id}>
                <Link href={`/objectives/${encodeURIComponent(o.id)}`}>
                  {o.code} ({o.year}) {o.statement}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <ul className={`${styles.plainList} muted text-sm`}>
          <li>Belum ada temuan yang mengacu SOP ini.</li>
          <li>Belum ada dokumen yang terkait SOP ini.</li>
        </ul>
      </div>
    </Card>
  );
}

/** Every revision, newest first, with links to view it and to compare it with the one before. */
export function SopRevisionList({ sop }: { sop: SopDetail }) {
  const base = `/sops/${encodeURIComponent(sop.id)}`;
  return (
    <Card title="Riwayat revisi">
      <ol className={styles.revisions} aria-label="Riwayat revisi">
        {sop.revisions.map((rev) => {
          const shown = rev.revisionNo === sop.revision.revisionNo;
          return (
            <li key={rev.revisionNo} className={styles.revision} aria-current={shown ? "true" : undefined}>
              <div className="row-between">
                <strong>
                  Revisi {rev.revisionNo}
                  {rev.revisionNo === sop.currentRevisionNo && <span className="muted text-sm"> (berlaku)</span>}
                </strong>
                <span className="muted text-sm nowrap" title={revisionTimeLabel(rev.source)}>
                  {formatDateTime(rev.createdAt)}
                </span>
              </div>
              <p className="text-sm">
                {revisionSourceText(rev)}
                {rev.createdBy && <span className="muted"> · oleh {rev.createdBy}</span>}
              </p>
              <p className={`${styles.revisionLinks} text-sm`}>
                {shown ? (
                  <span className="muted">Sedang ditampilkan</span>
                ) : (
                  <Link href={`${base}?rev=${rev.revisionNo}`} aria-label={`Lihat revisi ${rev.revisionNo}`}>
                    Lihat
                  </Link>
                )}
                {rev.revisionNo > 1 && (
                  <Link
                    href={`${base}/revisions?from=${rev.revisionNo - 1}&to=${rev.revisionNo}`}
                    aria-label={`Bandingkan revisi ${rev.revisionNo - 1} dengan revisi ${rev.revisionNo}`}
                  >
                    Bandingkan
                  </Link>
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
