// The overview's "Unit" choices from the list's filter options (lib/objectives/filters.ts): every
// Perangkat Daerah and every unit holding objectives the reader may read, as a tree (each unit under
// its nearest listed ancestor, siblings by name, indented by depth); and the reader's own agency as
// the default.
import type { FilterUnit, ObjectiveFilterOptions } from "@/lib/objectives/filters-data";
import { indentLabel } from "@/lib/org/rules";
import { unitTree } from "@/lib/org/unit-tree-options";

export interface OverviewUnitOption {
  value: string;
  /** Indented by depth for the select ("— Sub Bagian Umum"). */
  label: string;
  name: string;
}

export function overviewUnitOptions(
  options: Pick<ObjectiveFilterOptions, "agencies" | "units">,
  userUnitPath: string,
): { units: OverviewUnitOption[]; defaultUnitId: string | null } {
  const all = [...new Map<string, FilterUnit>([...options.agencies, ...options.units].map((u) => [u.id, u])).values()];
  const units = unitTree(all).map(({ unit, depth }) => ({ value: unit.id, label: indentLabel({ label: unit.name, depth }), name: unit.name }));
  // The nearest agency on the reader's own chain.
  const own = options.agencies.filter((a) => userUnitPath.startsWith(a.path)).sort((a, b) => b.path.length - a.path.length)[0];
  return { units, defaultUnitId: own?.id ?? null };
}
