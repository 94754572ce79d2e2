import { Badge, type Tone } from "@/components/ui";
import { POLICY_STATUS_LABELS, type PolicyStatus } from "@/lib/objectives/constants";

const TONES: Record<PolicyStatus, Tone> = {
  DRAF: "neutral",
  DIAJUKAN: "info",
  DIKEMBALIKAN: "warning",
  DISETUJUI: "success",
  DIGANTIKAN: "neutral",
  DIBATALKAN: "neutral",
};

export function PolicyStatusBadge({ status }: { status: PolicyStatus }) {
  return <Badge tone={TONES[status]}>{POLICY_STATUS_LABELS[status]}</Badge>;
}
