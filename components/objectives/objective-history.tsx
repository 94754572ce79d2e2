import { ActivityHistory } from "@/components/activity/activity-history";
import { DEFAULT_IGNORED } from "@/lib/activity/diff";
import type { ActivityEntry } from "@/lib/activity/data";
import {
  ACHIEVEMENT_LABELS,
  DIRECTION_LABELS,
  FREQUENCY_LABELS,
  OBJECTIVE_STATUS_LABELS,
  PERSPECTIVE_LABELS,
} from "@/lib/objectives/constants";

const FIELD_LABELS: Record<string, string> = {
  unitId: "unit", year: "tahun", code: "kode", statement: "pernyataan", perspective: "perspektif", indicator: "indikator",
  formula: "rumus", measureUnit: "satuan", direction: "arah target", target: "target", targetLow: "batas bawah",
  targetHigh: "batas atas", baseline: "baseline", frequency: "frekuensi", ownerId: "PIC", dataSource: "sumber data",
  processes: "proses terkait", commitmentNo: "komitmen", status: "status", revisionNo: "revisi", period: "periode",
  value: "realisasi", achieved: "tercapai",
};

/** The change history of an objective, with its fields and enums in Indonesian. */
export function ObjectiveHistory({ entries, names }: { entries: ActivityEntry[]; names: Record<string, string> }) {
  return (
    <ActivityHistory
      entries={entries}
      labels={{
        fieldLabels: FIELD_LABELS,
        valueLabels: {
          status: OBJECTIVE_STATUS_LABELS, perspective: PERSPECTIVE_LABELS, direction: DIRECTION_LABELS,
          frequency: FREQUENCY_LABELS, achievement: ACHIEVEMENT_LABELS, unitId: names, ownerId: names,
        },
        ignore: [...DEFAULT_IGNORED, "policyId", "sopIds", "createdById", "approvedAt", "sops", "unit"],
        maxSnapshotFields: 8,
      }}
    />
  );
}
