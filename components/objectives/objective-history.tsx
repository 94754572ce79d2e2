import { ActivityHistory } from "@/components/activity/activity-history";
import type { ActivityEntry } from "@/lib/activity/data";
import { objectiveHistoryOptions, type ObjectiveHistoryContext } from "@/lib/objectives/history-format";

/**
 * The change history of an objective, read as the screens show it: "target: ≥ 95 % → 95,5 %",
 * "periode: Agu 2026", "hasil: Tercapai", "status: Diajukan → Disetujui (aktif)".
 */
export function ObjectiveHistory({ entries, context }: { entries: ActivityEntry[]; context: ObjectiveHistoryContext }) {
  return <ActivityHistory entries={entries} labels={objectiveHistoryOptions(context)} />;
}
