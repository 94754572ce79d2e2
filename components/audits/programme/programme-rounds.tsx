// The rounds of a programme: months, units, clauses, SOPs and the audits planned for each.
import Link from "next/link";
import { Card, DescriptionList } from "@/components/ui";
import { MONTH_LABELS } from "@/lib/audits/programme-constants";
import type { RoundView } from "@/lib/audits/programme-types";
import { formatDate } from "@/lib/utils/format";
import styles from "./programme.module.css";

const months = (r: RoundView) => (r.startMonth === r.endMonth ? MONTH_LABELS[r.startMonth - 1] : `${MONTH_LABELS[r.startMonth - 1]} – ${MONTH_LABELS[r.endMonth - 1]}`);

export function ProgrammeRounds({ rounds }: { rounds: RoundView[] }) {
  return (
    <>
      {rounds.map((r) => (
        <Card key={r.id} title={`Putaran ${r.roundNo}: ${r.name}`}>
          <DescriptionList
            items={[
              { term: "Bulan rencana", description: months(r) },
              { term: "Unit yang diaudit", description: r.units.map((u) => u.name).join(", ") || "—" },
              { term: "Klausul ISO 9001:2015", description: r.clauses.join(", ") },
              { term: "SOP", description: r.sops.length ? r.sops.map((s) => (s.number ? `${s.number} · ${s.title}` : s.title)).join("; ") : "—" },
              ...(r.focus ? [{ term: "Fokus", description: <p className={styles.note}>{r.focus}</p> }] : []),
              {
                term: "Rencana audit",
                description: r.audits.length ? (
                  <ul>
                    {r.audits.map((a) => (
                      <li key={a.id}>
                        <Link href={`/audits/${encodeURIComponent(a.id)}`}>{a.number}</Link> {a.title} ({formatDate(a.startDate)})
                      </li>
                    ))}
                  </ul>
                ) : (
                  "Belum ada rencana audit untuk putaran ini."
                ),
              },
            ]}
          />
        </Card>
      ))}
    </>
  );
}
