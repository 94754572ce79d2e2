// A unit's risk-based priority for the programme, with the reasons behind it.
import { Badge, type Tone } from "@/components/ui";
import { RISK_LEVEL_LABELS, type RiskLevel } from "@/lib/audits/risk-rules";

const TONES: Record<RiskLevel, Tone> = { TINGGI: "danger", SEDANG: "warning", RENDAH: "success" };

export function RiskBadge({ level }: { level: RiskLevel }) {
  return <Badge tone={TONES[level]}>{RISK_LEVEL_LABELS[level]}</Badge>;
}
