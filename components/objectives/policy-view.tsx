import type { PolicyView as Policy } from "@/lib/objectives/types";
import { formatDate } from "@/lib/utils/format";
import styles from "./objectives.module.css";

export type PolicyViewProps = {
  policy: Pick<Policy, "statement" | "commitments" | "approvedAt" | "approvedBy" | "versionNo">;
  /** Show "Disahkan oleh … pada …" under the commitments. */
  showApproval?: boolean;
};

/** A kebijakan mutu as it is read: the statement, then its numbered commitments. */
export function PolicyView({ policy, showApproval = true }: PolicyViewProps) {
  return (
    <div className="stack">
      <p className={styles.policyStatement}>{policy.statement}</p>
      {policy.commitments.length > 0 && (
        <div className="stack-sm">
          <p className="muted text-sm">Komitmen:</p>
          <ol className={styles.commitments} aria-label="Komitmen kebijakan mutu">
            {policy.commitments.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ol>
        </div>
      )}
      {showApproval && policy.approvedAt && (
        <p className="muted text-sm">
          {`Versi ${policy.versionNo} · disahkan oleh ${policy.approvedBy ?? "pimpinan"} pada ${formatDate(policy.approvedAt)}`}
        </p>
      )}
    </div>
  );
}
