import { Badge, type Tone } from "@/components/ui";
import { IKM_CATEGORY_LABELS, type IkmCategory } from "@/lib/satisfaction/constants";

const TONES: Record<IkmCategory, Tone> = { A: "success", B: "info", C: "warning", D: "danger" };

/** The mutu pelayanan of an IKM: "B · Baik". */
export function IkmCategoryBadge({ category }: { category: IkmCategory }) {
  return <Badge tone={TONES[category]}>{`${category} · ${IKM_CATEGORY_LABELS[category]}`}</Badge>;
}
