import { Badge, type Tone } from "@/components/ui";
import { REVIEW_STATUS_LABELS, type ManagementReviewStatus } from "@/lib/management-reviews/constants";

const TONES: Record<ManagementReviewStatus, Tone> = {
  DIJADWALKAN: "neutral", BERLANGSUNG: "warning", DRAF_NOTULEN: "info", MENUNGGU_PARAF: "info", DIPARAF: "info",
  DITANDATANGANI: "success", DITERBITKAN: "success", DIBATALKAN: "danger",
};

export function ReviewStatusBadge({ status }: { status: ManagementReviewStatus }) {
  return <Badge tone={TONES[status]}>{REVIEW_STATUS_LABELS[status]}</Badge>;
}
