import { Badge, type Tone } from "@/components/ui";
import { AUDIT_STATUS_LABELS, type AuditStatus } from "@/lib/audits/constants";

const TONES: Record<AuditStatus, Tone> = {
  DIRENCANAKAN: "neutral", PERSIAPAN: "info", PELAKSANAAN: "warning", PELAPORAN: "info", SELESAI: "success", DIBATALKAN: "danger",
};

export function AuditStatusBadge({ status }: { status: AuditStatus }) {
  return <Badge tone={TONES[status]}>{AUDIT_STATUS_LABELS[status]}</Badge>;
}
