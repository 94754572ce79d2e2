import { Badge, type Tone } from "@/components/ui";
import { FINDING_CATEGORY_LABELS, FINDING_STATUS_LABELS, type FindingCategory, type FindingStatus } from "@/lib/findings/constants";

const STATUS_TONES: Record<FindingStatus, Tone> = {
  TERBUKA: "info",
  DISANGGAH: "warning",
  DITERIMA: "info",
  DITUTUP: "success",
  DICABUT: "neutral",
};

const CATEGORY_TONES: Record<FindingCategory, Tone> = {
  KTS_MAYOR: "danger",
  KTS_MINOR: "warning",
  OBSERVASI: "neutral",
};

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{FINDING_STATUS_LABELS[status]}</Badge>;
}

export function FindingCategoryBadge({ category }: { category: FindingCategory }) {
  return <Badge tone={CATEGORY_TONES[category]}>{FINDING_CATEGORY_LABELS[category]}</Badge>;
}
