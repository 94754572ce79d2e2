import { Badge, type Tone } from "@/components/ui";
import { PROGRAMME_STATUS_LABELS, type ProgrammeStatus } from "@/lib/audits/programme-constants";

const TONES: Record<ProgrammeStatus, Tone> = { DRAF: "neutral", DIAJUKAN: "info", DIKEMBALIKAN: "warning", DISETUJUI: "success", DIBATALKAN: "neutral" };

export function ProgrammeStatusBadge({ status }: { status: ProgrammeStatus }) {
  return <Badge tone={TONES[status]}>{PROGRAMME_STATUS_LABELS[status]}</Badge>;
}
