"use client";

import Link from "next/link";
import { Alert, Button, LinkButton } from "@/components/ui";
import type { ImportReport } from "@/lib/sops/import-mutations";
import { importItems, type DraftSop } from "./sop-import-form-state";
import styles from "./sop-import-form.module.css";

/** "3 SOP baru, 1 revisi, 2 tidak berubah" (and the skipped ones, if any). */
function reportSummary(report: ImportReport): string {
  const parts = [`${report.created} SOP baru`, `${report.revised} revisi`, `${report.unchanged} tidak berubah`];
  if (report.skipped > 0) parts.push(`${report.skipped} dilewati`);
  return parts.join(", ");
}

const RESULT_LABELS = { create: "baru", revise: "revisi baru", unchanged: "tidak berubah", skip: "dilewati" } as const;

export function ImportResult({ sops, report, onAgain }: { sops: DraftSop[]; report: ImportReport; onAgain: () => void }) {
  // The report's indexes are positions among the SOPs that were sent: the kept ones, in screen order.
  const { keys } = importItems(sops);
  const byKey = new Map(sops.map((sop) => [sop.key, sop]));
  const files = new Set(keys.map((key) => byKey.get(key)!.fileName));
  return (
    <div className="stack">
      <Alert tone="success" title="Impor selesai">
        <div className="stack-sm">
          <p>
            {reportSummary(report)} dari {files.size} berkas.
          </p>
          {report.sops.length > 0 && (
            <ul className={styles.links}>
              {report.sops.map((item) => {
                const sop = byKey.get(keys[item.index]);
                return (
                  <li key={item.id}>
                    <Link href={`/sops/${encodeURIComponent(item.id)}`}>{sop?.content.nama ?? "SOP"}</Link>
                    <span className="muted text-sm"> ({RESULT_LABELS[item.action]})</span>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </Alert>
      <div className="row">
        <LinkButton href="/sops" variant="primary">
          Lihat katalog
        </LinkButton>
        <Button variant="secondary" onClick={onAgain}>
          Impor berkas lain
        </Button>
      </div>
    </div>
  );
}
