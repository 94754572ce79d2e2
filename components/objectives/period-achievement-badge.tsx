import { Badge } from "@/components/ui";
import { ACHIEVEMENT_LABELS } from "@/lib/objectives/constants";
import type { PeriodRow } from "@/lib/objectives/types";
import styles from "./objectives.module.css";

export type PeriodAchievementBadgeProps = {
  period: Pick<PeriodRow, "achievement" | "late" | "open">;
  /** The period has begun (a period still to come is neither running nor late). */
  started: boolean;
};

/** Tercapai (green), Tidak tercapai (red) or Belum diukur (grey), with "terlambat" / "berjalan". */
export function PeriodAchievementBadge({ period, started }: PeriodAchievementBadgeProps) {
  const tone = period.achievement === "TERCAPAI" ? "success" : period.achievement === "TIDAK_TERCAPAI" ? "danger" : "neutral";
  const unmeasured = period.achievement === "BELUM_DIUKUR";
  return (
    <span className={styles.badges}>
      <Badge tone={tone}>{ACHIEVEMENT_LABELS[period.achievement]}</Badge>
      {unmeasured && period.late && <Badge tone="warning">terlambat</Badge>}
      {unmeasured && period.open && started && <Badge tone="info">berjalan</Badge>}
      {unmeasured && !started && <span className="muted text-sm">belum dimulai</span>}
    </span>
  );
}
