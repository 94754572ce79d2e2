import Link from "next/link";
import type { FindingRow } from "@/lib/findings/types";
import { FindingList } from "./finding-list";

export type ObjectiveFindingsProps = {
  objectiveId: string;
  /** Measured periods whose target was missed. */
  missedPeriods: { period: number; label: string }[];
  findings: FindingRow[];
  mayRaise: boolean;
};

/** On an objective's page: its findings, and "Buat temuan" for each missed period (ISO 9001 9.1.3, 10.2). */
export function ObjectiveFindings({ objectiveId, missedPeriods, findings, mayRaise }: ObjectiveFindingsProps) {
  return (
    <div className="stack">
      {missedPeriods.length === 0 ? (
        <p className="muted">Tidak ada periode yang targetnya tidak tercapai.</p>
      ) : (
        <ul>
          {missedPeriods.map((p) => (
            <li key={p.period}>
              {`Periode ${p.label}: target tidak tercapai. `}
              {mayRaise && (
                <Link href={`/findings/new?${new URLSearchParams({ objectiveId, period: String(p.period) })}`} aria-label={`Buat temuan untuk periode ${p.label}`}>
                  Buat temuan
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      <FindingList rows={findings} caption="Temuan dari sasaran mutu ini" hide={["unit", "source"]} emptyTitle="Belum ada temuan dari sasaran mutu ini" />
    </div>
  );
}
