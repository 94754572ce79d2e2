import Link from "next/link";
import { Card } from "@/components/ui";
import { AUDIT_STATUS_LABELS, type AuditStatus } from "@/lib/audits/constants";
import { formatDate } from "@/lib/utils/format";

export type SopAuditRow = {
  id: string;
  number: string;
  title: string;
  status: AuditStatus;
  startDate: Date;
  findingCounts: Record<string, number>;
};

/** The audits that covered an SOP, with what they found on it (for the SOP page). */
export function SopAudits({ audits }: { audits: SopAuditRow[] }) {
  return (
    <Card title="Audit internal">
      {audits.length === 0 ? (
        <p className="muted text-sm">Belum ada audit internal yang mencakup SOP ini.</p>
      ) : (
        <ul className="stack-sm text-sm" aria-label="Audit yang mencakup SOP ini" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {audits.map((a) => {
            const c = a.findingCounts;
            const found = (c.KTS_MAYOR ?? 0) + (c.KTS_MINOR ?? 0) + (c.OBSERVASI ?? 0);
            return (
              <li key={a.id}>
                <Link href={`/audits/${encodeURIComponent(a.id)}`}>{a.number}</Link> {a.title}
                <div className="muted">
                  {formatDate(a.startDate)} · {AUDIT_STATUS_LABELS[a.status]} ·{" "}
                  {found === 0 ? "tanpa temuan pada SOP ini" : `${c.KTS_MAYOR ?? 0} KTS mayor, ${c.KTS_MINOR ?? 0} KTS minor, ${c.OBSERVASI ?? 0} observasi`}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
