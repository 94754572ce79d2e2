import Link from "next/link";
import { DescriptionList } from "@/components/ui";
import { FINDING_CATEGORY_LABELS, FINDING_SOURCE_LABELS } from "@/lib/findings/constants";
import type { FindingDetail } from "@/lib/findings/types";
import { formatDate } from "@/lib/utils/format";
import styles from "./findings.module.css";

/** The finding in PLOR form (Problem, Location, Objective evidence, Reference) with its source. */
export function FindingPlor({ finding: f, links = true }: { finding: FindingDetail; links?: boolean }) {
  const sop = f.sopId ? `${f.sopNumber ? `${f.sopNumber} ` : ""}${f.sopTitle ?? ""}${f.sopStepNo ? `, langkah ${f.sopStepNo}` : ""}` : null;
  return (
    <DescriptionList
      items={[
        { term: "Kategori", description: FINDING_CATEGORY_LABELS[f.category] },
        {
          term: "Sumber",
          description: (
            <>
              {FINDING_SOURCE_LABELS[f.source]}
              {f.auditId && (links ? <> · <Link href={`/audits/${encodeURIComponent(f.auditId)}`}>{f.auditNumber}</Link></> : ` · ${f.auditNumber}`)}
              {f.objectiveId && (links
                ? <> · <Link href={`/objectives/${encodeURIComponent(f.objectiveId)}`}>{`Sasaran ${f.objectiveCode}`}</Link></>
                : ` · Sasaran ${f.objectiveCode}`)}
            </>
          ),
        },
        { term: "P · Pernyataan ketidaksesuaian", description: <span className={styles.prewrap}>{f.statement}</span> },
        {
          term: "L · Lokasi",
          description: (
            <>
              {f.unitName} ({f.agencyName}){f.location ? ` · ${f.location}` : ""}
              {sop && <div>SOP: {links && f.sopId ? <Link href={`/sops/${encodeURIComponent(f.sopId)}`}>{sop}</Link> : sop}</div>}
            </>
          ),
        },
        { term: "O · Bukti objektif", description: <span className={styles.prewrap}>{f.evidence}</span> },
        {
          term: "R · Referensi",
          description: (
            <>
              {f.clauseCode ? `ISO 9001:2015 klausul ${f.clauseCode}${f.clauseTitle ? ` ${f.clauseTitle}` : ""}` : "-"}
              {f.reference && <div className={styles.prewrap}>{f.reference}</div>}
            </>
          ),
        },
        { term: "Dicatat", description: `${formatDate(f.raisedAt)}${f.raisedByName ? ` oleh ${f.raisedByName}` : ""}` },
        { term: "Batas waktu", description: f.dueDate ? formatDate(f.dueDate) : "-" },
      ]}
    />
  );
}
