import { Badge } from "@/components/ui";
import { ACHIEVEMENT_LABELS } from "@/lib/objectives/constants";
import type { ObjectiveRow } from "@/lib/objectives/types";
import styles from "./objectives.module.css";

export type AchievementSummaryProps = Pick<ObjectiveRow, "achievement" | "measured" | "achieved" | "late" | "status">;

/** How an objective stands in the list: "2/3 periode tercapai", toned by its latest period. */
export function AchievementSummary({ achievement, measured, achieved, late, status }: AchievementSummaryProps) {
  // A draft that was never approved is not measured yet, and a closed one no longer: neither is late.
  const showLate = late > 0 && status !== "DITUTUP" && (status === "DISETUJUI" || measured > 0);
  const tone = measured === 0 ? "neutral" : achievement === "TERCAPAI" ? "success" : achievement === "TIDAK_TERCAPAI" ? "danger" : "neutral";
  return (
    <span className={styles.badges}>
      <Badge tone={tone}>
        {measured === 0 ? ACHIEVEMENT_LABELS.BELUM_DIUKUR : `${achieved}/${measured} periode tercapai`}
        {measured > 0 && <span className="visually-hidden">{`; periode terakhir: ${ACHIEVEMENT_LABELS[achievement].toLowerCase()}`}</span>}
      </Badge>
      {showLate && (
        <Badge tone="warning">
          {`${late} terlambat`}
          <span className="visually-hidden">{" (periode belum diukur lewat batas waktu)"}</span>
        </Badge>
      )}
    </span>
  );
}
