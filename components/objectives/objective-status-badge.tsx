import { Badge, type Tone } from "@/components/ui";
import { OBJECTIVE_STATUS_LABELS, type ObjectiveStatus } from "@/lib/objectives/constants";

const TONES: Record<ObjectiveStatus, Tone> = {
  DRAF: "neutral",
  DIAJUKAN: "info",
  DIKEMBALIKAN: "warning",
  DISETUJUI: "success",
  DITUTUP: "neutral",
};

export function ObjectiveStatusBadge({ status }: { status: ObjectiveStatus }) {
  return <Badge tone={TONES[status]}>{OBJECTIVE_STATUS_LABELS[status]}</Badge>;
}
