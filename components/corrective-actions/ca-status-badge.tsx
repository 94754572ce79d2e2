import { Badge, type Tone } from "@/components/ui";
import { CA_STATUS_LABELS, type CorrectiveActionStatus } from "@/lib/corrective-actions/constants";

const TONES: Record<CorrectiveActionStatus, Tone> = {
  TERBUKA: "warning",
  RENCANA_DIAJUKAN: "info",
  RENCANA_DISETUJUI: "info",
  DILAKSANAKAN: "info",
  VERIFIKASI: "info",
  DITUTUP: "success",
  TIDAK_EFEKTIF: "danger",
};

export function CaStatusBadge({ status }: { status: CorrectiveActionStatus }) {
  return <Badge tone={TONES[status]}>{CA_STATUS_LABELS[status]}</Badge>;
}

export function OverdueBadge() {
  return <Badge tone="danger">Terlambat</Badge>;
}
