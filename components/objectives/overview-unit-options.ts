// The overview's "Unit" choices from the list's filter options (lib/objectives/filters.ts): every
// Perangkat Daerah and every unit holding objectives the reader may read, as a tree (each unit under
// its nearest listed ancestor, siblings by name, indented by depth); and the reader's own agency as
// the default.
import type { FilterUnit, ObjectiveFilterOptions } from "@/lib/objectives/filters-data";
import { indentLabel } from "@/lib/org/rules";

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
  const parentOf = (u: FilterUnit) =>
    all.filter((a) => a.id !== u.id && u.path.startsWith(a.path)).sort((a, b) => b.path.length - a.path.length)[0];
  const byName = (a: FilterUnit, b: FilterUnit) => a.name.localeCompare(b.name, "id");
  const units: OverviewUnitOption[] = [];
  const visit = (parent: FilterUnit | undefined, depth: number) => {
    for (const u of all.filter((x) => parentOf(x)?.id === parent?.id).sort(byName)) {
      units.push({ value: u.id, label: indentLabel({ label: u.name, depth }), name: u.name });
      visit(u, depth + 1);
    }
  };
  visit(undefined, 0);
  // The nearest agency on the reader's own chain.
  const own = options.agencies.filter((a) => userUnitPath.startsWith(a.path)).sort((a, b) => b.path.length - a.path.length)[0];
  return { units, defaultUnitId: own?.id ?? null };
}
