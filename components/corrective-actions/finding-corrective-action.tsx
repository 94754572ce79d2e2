// The finding page's section on its corrective action: every round with its state, and a link to
// the round in progress. The finding page passes findingCorrectiveActions(user, findingId).
import Link from "next/link";
import { EmptyState } from "@/components/ui";
import type { CaRow } from "@/lib/corrective-actions/types";
import { formatDate } from "@/lib/utils/format";
import { CaStatusBadge, OverdueBadge } from "./ca-status-badge";

export function FindingCorrectiveAction({ rounds }: { rounds: CaRow[] }) {
  if (rounds.length === 0) {
    return <EmptyState title="Belum ada tindakan perbaikan" description="Tindakan perbaikan dibuka setelah temuan KTS diterima oleh auditi." />;
  }
  return (
    <ul className="stack">
      {rounds.map((r) => (
        <li key={r.id}>
          <Link href={`/corrective-actions/${encodeURIComponent(r.id)}`}>{`Putaran ${r.round}`}</Link>{" "}
          <CaStatusBadge status={r.status} /> {r.overdue && <OverdueBadge />}
          <span className="muted text-sm">{` · tenggat ${formatDate(r.dueDate)} · ${r.itemsDone}/${r.itemCount} tindakan selesai`}</span>
        </li>
      ))}
    </ul>
  );
}
