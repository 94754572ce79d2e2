// The minutes as written: notulen per agenda item and the decisions typed as 9.3.3 outputs.
import { Card } from "@/components/ui";
import { DECISION_TYPE_LABELS } from "@/lib/management-reviews/constants";
import type { ReviewDetail } from "@/lib/management-reviews/types";
import styles from "./reviews.module.css";

export function MinutesView({ review }: { review: Pick<ReviewDetail, "agenda" | "decisions"> }) {
  return (
    <Card title="Notulen">
      <div className="stack">
        <ol className={styles.list}>
          {review.agenda.map((a) => (
            <li key={a.position}>
              <strong>{a.title}</strong>
              <p className={styles.note}>{a.minutes ?? "Belum bernotulen."}</p>
            </li>
          ))}
        </ol>
        <h3>Keputusan</h3>
        {review.decisions.length === 0 ? (
          <p className="muted">Belum ada keputusan.</p>
        ) : (
          <ul className={styles.list}>
            {review.decisions.map((d, i) => (
              <li key={i}>
                {d.text}
                <span className="text-sm muted">{` · ${DECISION_TYPE_LABELS[d.type]}${d.agendaTitle ? ` · agenda: ${d.agendaTitle}` : ""}`}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
