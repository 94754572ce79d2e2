// Every unit picker shows units the same way: in tree order (each unit under its nearest listed
// ancestor, by the materialised path; siblings by name, Indonesian collation), indented by depth
// with indentLabel ("— — Sub Bagian Umum"), whatever order the list arrived in.
import { indentLabel } from "./rules";

export type PathUnit = { id: string; name: string; path: string };

export type UnitTreeOption = { value: string; label: string };

/** `label` names a unit (e.g. adds its agency); the name by default. */
export function unitTreeOptions<U extends PathUnit>(units: readonly U[], label: (unit: U) => string = (u) => u.name): UnitTreeOption[] {
  const unique = [...new Map(units.map((u) => [u.id, u])).values()];
  const parentOf = (u: U) =>
    unique
      .filter((a) => a.id !== u.id && a.path !== u.path && u.path.startsWith(a.path))
      .sort((a, b) => b.path.length - a.path.length)[0];
  const parents = new Map(unique.map((u) => [u.id, parentOf(u)?.id]));
  const byName = (a: U, b: U) => a.name.localeCompare(b.name, "id") || a.path.localeCompare(b.path);
  const out: UnitTreeOption[] = [];
  const visit = (parentId: string | undefined, depth: number) => {
    for (const u of unique.filter((x) => parents.get(x.id) === parentId).sort(byName)) {
      out.push({ value: u.id, label: indentLabel({ label: label(u), depth }) });
      visit(u.id, depth + 1);
    }
  };
  visit(undefined, 0);
  return out;
}

/**
 * Whether a list keeps a unit id from its URL: one of the units it lists, or a unit above one of
 * them (a drill-down link from a dashboard or the review pack names the agency or a parent unit).
 * Paths are chains of ids.
 */
export function coversListedUnit(units: readonly PathUnit[], unitId: string | undefined): boolean {
  return !!unitId && units.some((u) => u.id === unitId || u.path.split("/").includes(unitId));
}
